import { useSyncExternalStore } from 'react';

/**
 * Whether the API answered the last request: one app-wide banner instead of one per view.
 * While it does not, the API's /health route is probed every PROBE_MS, so the banner clears
 * within seconds of the API answering again even when the page itself sends nothing, and
 * `reconnects` moves, so views whose fetch failed fetch again (see useNetworkTimeline).
 */
let unreachable = false;
let reconnects = 0;
let probe: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

/** How often the API is probed while it cannot be reached. */
export const PROBE_MS = 2000;

export function reportReachable(ok: boolean): void {
  if (unreachable === !ok) return;
  unreachable = !ok;
  if (ok) reconnects += 1;
  if (unreachable && probe === null) {
    probe = setInterval(() => {
      // Any HTTP answer means the API is there (a 503 names a database problem, which the
      // views report themselves); only a failed fetch means it cannot be reached.
      fetch('/health', { credentials: 'same-origin' }).then(
        () => reportReachable(true),
        () => undefined,
      );
    }, PROBE_MS);
  } else if (!unreachable && probe !== null) {
    clearInterval(probe);
    probe = null;
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => void listeners.delete(l);
}

export function useApiUnreachable(): boolean {
  return useSyncExternalStore(subscribe, () => unreachable);
}

/** How many times the API came back after being unreachable: a key for fetching again. */
export function useApiReconnects(): number {
  return useSyncExternalStore(subscribe, () => reconnects);
}
