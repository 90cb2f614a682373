import { AsyncLocalStorage } from 'node:async_hooks';

/** The semaphore whose slot the current async context holds, so nested calls do not wait on themselves. */
const holding = new AsyncLocalStorage<Semaphore>();

/**
 * At most `size` units of work at once; the rest wait in arrival order. Re-entrant: work
 * started while holding a slot (a query inside a unit of work) runs in that slot, so a
 * request can never deadlock on its own limit.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be >= 1, got ${size}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (holding.getStore() === this) return work();
    await this.acquire();
    try {
      return await holding.run(this, work);
    } finally {
      this.release();
    }
  }

  /** Units of work running now (for tests and diagnostics). */
  get inUse(): number {
    return this.active;
  }

  private acquire(): Promise<void> {
    if (this.active < this.size) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter; `active` stays the same.
    if (next) next();
    else this.active -= 1;
  }
}
