import { useMemo } from 'react';
import { useQuery } from './useQuery';
import type { ActorNamesQuery, ActorNamesQueryVariables } from '../api/operations.generated';

const ACTOR_NAMES = `query ActorNames($c: ID!) {
  teams(councilId: $c, limit: 500) { items { id name } }
  organisations(councilId: $c, limit: 500) { items { id name } }
}`;

/** Team and organisation id → name, for the hover tooltip's "team, organisation" lines. */
export function useTeamAndOrganisationNames(councilId: string): Record<string, string> {
  const q = useQuery<ActorNamesQuery, ActorNamesQueryVariables>(
    `actor-names:${councilId}`,
    ACTOR_NAMES,
    { c: councilId },
  );
  return useMemo(
    () =>
      Object.fromEntries(
        [...(q.data?.teams.items ?? []), ...(q.data?.organisations.items ?? [])].map((o) => [
          o.id,
          o.name,
        ]),
      ),
    [q.data],
  );
}
