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

/** `clients` concurrent loops, each sending its share of `work` one after another. */
export async function concurrently<T>(
  clients: number,
  work: T[],
  send: (item: T, client: number) => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const client = async (_: unknown, n: number) => {
    while (next < work.length) {
      const item = work[next++];
      const { ms } = await timed(() => send(item, n));
      latencies.push(ms);
    }
  };
  // Every request is awaited (allSettled) before anything else runs, so the clean-up can
  // never delete data a request is still writing.
  const results = await Promise.allSettled(Array.from({ length: clients }, client));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return latencies;
}

/** One GraphQL request over HTTP with a session cookie; throws on any GraphQL error. */
export async function postGraphql<T>(
  url: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL error (HTTP ${res.status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}
