import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { concurrently, postGraphql } from './benchmark';

/**
 * Concurrent GraphQL clients in a worker thread of their own. Users' browsers are not in the
 * API's process: run on the API's event loop, thirty clients' fetch, HTTP parsing and JSON
 * would queue the server's own work behind theirs and the figure would measure both. The
 * worker shares the machine's two cores, as a client on the same machine would.
 */
export interface ClientLoad {
  url: string;
  cookie: string;
  query: string;
  /** One request per entry, sent in order by whichever client is free. */
  variables: Record<string, unknown>[];
  clients: number;
}

/** Per-request latencies in ms, in completion order; rejects on the first failed request. */
export function runClients(load: ClientLoad): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'http-clients.js'), { workerData: load });
    worker.once('message', (message: { latencies: number[] } | { error: string }) => {
      if ('error' in message) reject(new Error(message.error));
      else resolve(message.latencies);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the client worker exited with ${code}`));
    });
  });
}

/** The worker: `clients` loops, each sending its next request once its last one answered. */
function work(load: ClientLoad): Promise<number[]> {
  return concurrently(load.clients, load.variables, (variables) =>
    postGraphql(load.url, load.cookie, load.query, variables),
  );
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  work(workerData as ClientLoad).then(
    (latencies) => port.postMessage({ latencies }),
    (error: unknown) => port.postMessage({ error: (error as Error).message ?? String(error) }),
  );
}
