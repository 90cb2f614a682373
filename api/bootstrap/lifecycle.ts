/**
 * Stopping `npm start` cleanly, whenever the signal comes: while Neo4j is still starting,
 * during migrations or seeding, or while serving. What has been started registers how to
 * stop it; a signal stops everything in reverse order, then the process exits.
 */
export class Lifecycle {
  private readonly stops: { name: string; stop: () => Promise<void> }[] = [];
  private readonly late: Promise<void>[] = [];
  private readonly aborter = new AbortController();
  private startup: Promise<unknown> = Promise.resolve();

  constructor(private readonly log: (line: string) => void) {}

  /** Aborted once shutting down: long start-up steps (starting Neo4j) watch it. */
  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  get stopping(): boolean {
    return this.aborter.signal.aborted;
  }

  /** The start-up in progress, so a shutdown waits for it to give up before exiting. */
  track(startup: Promise<unknown>): void {
    this.startup = startup;
  }

  /** Registers how to stop something just started; when already stopping, stops it now. */
  add(name: string, stop: () => Promise<void>): void {
    if (this.stopping) this.late.push(this.run(name, stop));
    else this.stops.push({ name, stop });
  }

  /** SIGINT and SIGTERM stop everything; so does the death of the parent when `watchParent`. */
  handleSignals(exit: (code: number) => void, options: { watchParent?: boolean } = {}): void {
    const stopAndExit = (reason: string) => {
      if (this.stopping) return;
      void this.shutdown(reason).then(() => exit(0));
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => stopAndExit(`${signal} received`));
    }
    if (options.watchParent) {
      // npm forwards SIGINT/SIGTERM, but if npm itself dies (SIGKILL, a closed terminal)
      // nothing tells the app: notice that it was handed to another parent, and stop.
      const parent = process.ppid;
      setInterval(() => {
        if (process.ppid !== parent) stopAndExit('the parent process (npm) exited');
      }, 1000).unref();
    }
  }

  async shutdown(reason: string): Promise<void> {
    if (this.stopping) return;
    this.log(`${reason}, shutting down...`);
    this.aborter.abort();
    for (const { name, stop } of [...this.stops].reverse()) await this.run(name, stop);
    // A start-up step still running (Neo4j starting) sees the abort and stops what it began.
    await this.startup.catch(() => undefined);
    await Promise.all(this.late);
    this.log('Stopped.');
  }

  private async run(name: string, stop: () => Promise<void>): Promise<void> {
    this.log(`Stopping ${name}...`);
    try {
      await stop();
    } catch (error) {
      this.log(`Could not stop ${name} cleanly: ${(error as Error)?.message ?? String(error)}`);
    }
  }
}
