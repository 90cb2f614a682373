import { Injectable } from '@nestjs/common';

/**
 * Results per (council, moment, options, data version). The data version is bumped by every
 * write through the API, so stale entries are never read; they are also evicted at once.
 * Pending computations are cached too, so concurrent identical requests share one run.
 */
@Injectable()
export class AnalyticsCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly maxEntries = 200;

  get<T>(councilId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const full = `${councilId}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      // Refresh recency (Map keeps insertion order; the oldest is evicted first).
      this.entries.delete(full);
      this.entries.set(full, hit);
      return hit as Promise<T>;
    }
    const pending = compute().catch((error: unknown) => {
      this.entries.delete(full);
      throw error;
    });
    this.entries.set(full, pending);
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return pending;
  }

  invalidate(councilId: string): void {
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(`${councilId}\u0000`)) this.entries.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
