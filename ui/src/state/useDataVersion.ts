import { useCallback, useSyncExternalStore } from 'react';
import { invalidateSnapshots } from './snapshotStore';

/** A per-council counter bumped after every write, so views refetch what changed. */
const versions = new Map<string, number>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function bumpDataVersion(councilId: string): void {
  invalidateSnapshots(councilId);
  versions.set(councilId, (versions.get(councilId) ?? 0) + 1);
  for (const l of listeners) l();
}

export function useDataVersion(councilId: string): [number, () => void] {
  const version = useSyncExternalStore(subscribe, () => versions.get(councilId) ?? 0);
  const bump = useCallback(() => bumpDataVersion(councilId), [councilId]);
  return [version, bump];
}
