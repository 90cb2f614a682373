import { useMemo } from 'react';
import { useQuery } from './useQuery';
import type { ActorsQuery, ActorsQueryVariables } from '../api/operations.generated';

const QUERY = `query Actors($c: ID!) {
  people(councilId: $c, limit: 500) { items { id pseudonym displayName teamIds professionId } }
  teams(councilId: $c, limit: 500) { items { id name } }
  organisations(councilId: $c, limit: 500) { items { id name } }
}`;

export interface ActorOption {
  value: string;
  label: string;
  /** Kind, and for people their team and profession: what tells namesakes apart. */
  detail?: string;
}

/**
 * People, teams and organisations in post today, as form options ("KIND:id"), each with
 * what tells it apart (`names`: vocabulary words, for professions).
 */
export function useActors(
  councilId: string,
  enabled: boolean,
  version: number,
  names: Record<string, string> = {},
) {
  const q = useQuery<ActorsQuery, ActorsQueryVariables>(
    enabled ? `actors:${councilId}` : null,
    QUERY,
    { c: councilId },
    version,
  );
  return useMemo(() => {
    const d = q.data;
    const teamName = new Map((d?.teams.items ?? []).map((t) => [t.id, t.name]));
    const people = (d?.people.items ?? []).map((p) => ({
      value: `PERSON:${p.id}`,
      label: p.displayName ?? p.pseudonym,
      detail: [
        'person',
        ...p.teamIds.map((t) => teamName.get(t) ?? t),
        p.professionId ? (names[p.professionId] ?? p.professionId) : null,
      ]
        .filter(Boolean)
        .join(', '),
    }));
    const teams = (d?.teams.items ?? []).map((t) => ({
      value: `TEAM:${t.id}`,
      label: t.name,
      detail: 'team',
    }));
    const organisations = (d?.organisations.items ?? []).map((o) => ({
      value: `ORGANISATION:${o.id}`,
      label: o.name,
      detail: 'organisation',
    }));
    const byLabel = (a: ActorOption, b: ActorOption) => a.label.localeCompare(b.label);
    return {
      all: [...people.sort(byLabel), ...teams.sort(byLabel), ...organisations.sort(byLabel)],
      teams: teams.map((t) => ({ value: t.value.slice(5), label: t.label })),
      organisations: organisations.map((o) => ({ value: o.value.slice(13), label: o.label })),
    };
  }, [q.data, names]);
}
