import { useCallback, useSyncExternalStore } from 'react';
import { invalidateSnapshots } from './snapshotStore';

/** A per-council counter that views read to know when to refetch. */
function counterStore(onBump: (councilId: string) => void = () => {}) {
  const versions = new Map<string, number>();
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const bump = (councilId: string) => {
    onBump(councilId);
    versions.set(councilId, (versions.get(councilId) ?? 0) + 1);
    for (const l of listeners) l();
  };
  const use = (councilId: string): [number, () => void] => {
    const version = useSyncExternalStore(subscribe, () => versions.get(councilId) ?? 0);
    const bumpThis = useCallback(() => bump(councilId), [councilId]);
    return [version, bumpThis];
  };
  return { bump, use };
}

/** Bumped after every write to the network, so views refetch what changed. */
const data = counterStore(invalidateSnapshots);
/**
 * Bumped after a learning note is written: note lists and counts refetch, the network (which
 * a note does not change) does not.
 */
const notes = counterStore();

export const bumpDataVersion = data.bump;
export const bumpNotesVersion = notes.bump;

export function useDataVersion(councilId: string): [number, () => void] {
  return data.use(councilId);
}

export function useNotesVersion(councilId: string): [number, () => void] {
  return notes.use(councilId);
}
