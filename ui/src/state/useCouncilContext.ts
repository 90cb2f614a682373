import { useMemo, useSyncExternalStore } from 'react';
import { useDataVersion } from './useDataVersion';
import { useQuery } from './useQuery';
import type {
  CouncilQuery,
  CouncilQueryVariables,
  CouncilsQuery,
  InterventionsQuery,
  InterventionsQueryVariables,
  WavesQuery,
  WavesQueryVariables,
} from '../api/operations.generated';

const COUNCILS = 'query Councils { councils(limit: 500) { items { id name } } }';
const WAVES = `query Waves($councilId: ID!) {
  waves(councilId: $councilId, limit: 500) { items { id label date } }
}`;

/** Bumped when a council is created, so every list of councils refetches. */
let councilListVersion = 0;
const listListeners = new Set<() => void>();

export function councilsChanged(): void {
  councilListVersion += 1;
  for (const l of listListeners) l();
}

/** The councils the signed-in user holds a role in (all of them for a system admin). */
export function useCouncils() {
  const version = useSyncExternalStore(
    (l) => {
      listListeners.add(l);
      return () => listListeners.delete(l);
    },
    () => councilListVersion,
  );
  return useQuery<CouncilsQuery>('councils', COUNCILS, {}, version);
}

/** The council's waves by date; refetched after a write in the council (e.g. a wave edited). */
export function useWaves(councilId: string | null) {
  const [version] = useDataVersion(councilId ?? '');
  const q = useQuery<WavesQuery, WavesQueryVariables>(
    councilId ? `waves:${councilId}` : null,
    WAVES,
    // Not sent without a council (the key is null).
    { councilId: councilId ?? '' },
    version,
  );
  const items = q.data?.waves.items;
  const waves = useMemo(
    () => (items ?? []).slice().sort((a, b) => a.date.localeCompare(b.date)),
    [items],
  );
  return { ...q, waves };
}

const INTERVENTIONS = `query Interventions($councilId: ID!) {
  interventions(councilId: $councilId, limit: 500) { items { id date label kind } }
}`;

export function useInterventions(councilId: string | null) {
  const [version] = useDataVersion(councilId ?? '');
  const q = useQuery<InterventionsQuery, InterventionsQueryVariables>(
    councilId ? `interventions:${councilId}` : null,
    INTERVENTIONS,
    { councilId: councilId ?? '' },
    version,
  );
  const items = q.data?.interventions.items;
  const list = useMemo(() => items ?? [], [items]);
  return { interventions: list, ready: q.status === 'ok' || q.status === 'error' };
}

const COUNCIL = `query Council($councilId: ID!) { council(councilId: $councilId) { id name neighbourhoods { id name } } }`;

export function useCouncil(councilId: string | null) {
  const q = useQuery<CouncilQuery, CouncilQueryVariables>(
    councilId ? `council:${councilId}` : null,
    COUNCIL,
    { councilId: councilId ?? '' },
  );
  return q.data?.council ?? null;
}
