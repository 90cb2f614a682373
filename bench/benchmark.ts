/**
 * A benchmark is a named module whose run() returns its figures; bench/run.ts runs them
 * in order and prints a report. Keys name the figure and its unit ("batch: ties/s").
 */
export type Figures = Record<string, number | string>;

export interface Benchmark {
  name: string;
  run(): Promise<Figures>;
}

/** Wall-clock milliseconds of an async step, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** Progress goes to stderr so stdout holds only the report. */
export function progress(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

/** A positive whole number from the environment, or the default. */
export function envCount(key: string, fallback: number): number {
  const raw = process.env[key];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`${key} must be a positive whole number, got "${raw}"`);
  }
  return Number(raw);
}
