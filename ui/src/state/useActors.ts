import { useMemo } from 'react';
import { useQuery } from './useQuery';

const QUERY = `query($c: ID!) {
  people(councilId: $c, limit: 500) { items { id pseudonym displayName } }
  teams(councilId: $c, limit: 500) { items { id name } }
  organisations(councilId: $c, limit: 500) { items { id name } }
}`;

interface Result {
  people: { items: { id: string; pseudonym: string; displayName: string | null }[] };
  teams: { items: { id: string; name: string }[] };
  organisations: { items: { id: string; name: string }[] };
}

export interface ActorOption {
  value: string;
  label: string;
}

/** People, teams and organisations in post today, as form options ("KIND:id"). */
export function useActors(councilId: string, enabled: boolean, version: number) {
  const q = useQuery<Result>(
    enabled ? `actors:${councilId}` : null,
    QUERY,
    { c: councilId },
    version,
  );
  return useMemo(() => {
    const d = q.data;
    const people = (d?.people.items ?? []).map((p) => ({
      value: `PERSON:${p.id}`,
      label: p.displayName ?? p.pseudonym,
    }));
    const teams = (d?.teams.items ?? []).map((t) => ({ value: `TEAM:${t.id}`, label: t.name }));
    const organisations = (d?.organisations.items ?? []).map((o) => ({
      value: `ORGANISATION:${o.id}`,
      label: o.name,
    }));
    const byLabel = (a: ActorOption, b: ActorOption) => a.label.localeCompare(b.label);
    return {
      all: [
        ...people.sort(byLabel).map((p) => ({ ...p, label: `${p.label} (person)` })),
        ...teams.sort(byLabel).map((t) => ({ ...t, label: `${t.label} (team)` })),
        ...organisations.sort(byLabel).map((o) => ({ ...o, label: `${o.label} (organisation)` })),
      ],
      teams: teams.map((t) => ({ value: t.value.slice(5), label: t.label })),
      organisations: organisations.map((o) => ({ value: o.value.slice(13), label: o.label })),
    };
  }, [q.data]);
}
