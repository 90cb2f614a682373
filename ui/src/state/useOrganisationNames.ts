import { useMemo } from 'react';
import { useQuery } from './useQuery';

const QUERY = `query($c: ID!) { organisations(councilId: $c, limit: 500) { items { id name } } }`;

/** Organisation id → name, for the organisation boxes (only fetched when they are shown). */
export function useOrganisationNames(councilId: string, enabled: boolean): Record<string, string> {
  const q = useQuery<{ organisations: { items: { id: string; name: string }[] } }>(
    enabled ? `organisation-names:${councilId}` : null,
    QUERY,
    { c: councilId },
  );
  return useMemo(
    () => Object.fromEntries((q.data?.organisations.items ?? []).map((o) => [o.id, o.name])),
    [q.data],
  );
}

const ACTOR_NAMES = `query($c: ID!) {
  teams(councilId: $c, limit: 500) { items { id name } }
  organisations(councilId: $c, limit: 500) { items { id name } }
}`;

/** Team and organisation id → name, for the hover tooltip's "team, organisation" lines. */
export function useTeamAndOrganisationNames(councilId: string): Record<string, string> {
  const q = useQuery<{
    teams: { items: { id: string; name: string }[] };
    organisations: { items: { id: string; name: string }[] };
  }>(`actor-names:${councilId}`, ACTOR_NAMES, { c: councilId });
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
