import { useSyncExternalStore } from 'react';

/** Whether the API answered the last request: one app-wide banner instead of one per view. */
let unreachable = false;
const listeners = new Set<() => void>();

export function reportReachable(ok: boolean): void {
  if (unreachable === !ok) return;
  unreachable = !ok;
  for (const l of listeners) l();
}

export function useApiUnreachable(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => unreachable,
  );
}
