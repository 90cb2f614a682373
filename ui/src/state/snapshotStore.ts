import { gql } from '../api/client';
import { SNAPSHOT_QUERY, type Snapshot } from '../model/snapshot';
import type { Level } from '../model/types';
import { filterInput, type MapFilters } from '../model/url-state';
import type { SnapshotQuery, SnapshotQueryVariables } from '../api/operations.generated';

/**
 * Snapshots by (council, level, filter, moment), cached as promises so the timeline, the diff
 * and the map share fetches. `invalidate` drops a council's entries after a write.
 */
const cache = new Map<string, Promise<Snapshot>>();

export interface SnapshotRequest {
  councilId: string;
  level: Level;
  filters: MapFilters;
  /** A wave id, or a date when wave is absent. */
  wave?: string;
  asOf?: string;
}

function keyOf(r: SnapshotRequest): string {
  return [
    r.councilId,
    r.level,
    JSON.stringify(filterInput(r.filters)),
    r.wave ?? '',
    r.asOf ?? '',
  ].join('|');
}

export function fetchSnapshot(r: SnapshotRequest): Promise<Snapshot> {
  const key = keyOf(r);
  let hit = cache.get(key);
  if (!hit) {
    hit = gql<SnapshotQuery, SnapshotQueryVariables>(SNAPSHOT_QUERY, {
      councilId: r.councilId,
      level: r.level,
      filter: filterInput(r.filters),
      ...(r.wave ? { wave: r.wave } : { asOf: r.asOf }),
    }).then((d) => d.networkSnapshot);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

export function invalidateSnapshots(councilId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${councilId}|`)) cache.delete(key);
}

/** Runs tasks with at most `limit` in flight; results keep the input order. */
export async function pooled<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
