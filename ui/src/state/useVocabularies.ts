import { useMemo } from 'react';
import { useQuery } from './useQuery';

export interface Term {
  id: string;
  name: string;
}

export interface Vocabularies {
  sectors: Term[];
  professions: Term[];
  teamTypes: Term[];
  organisationTypes: Term[];
  tieTypes: Term[];
  noteCategories: Term[];
}

const QUERY = `query Vocabularies { vocabularies {
  sectors { id name } professions { id name } teamTypes { id name } organisationTypes { id name }
  tieTypes { id name } noteCategories { id name }
} }`;

const EMPTY: Vocabularies = {
  sectors: [],
  professions: [],
  teamTypes: [],
  organisationTypes: [],
  tieTypes: [],
  noteCategories: [],
};

/** The shared vocabularies and an id → name lookup across all of them. */
export function useVocabularies(): { vocab: Vocabularies; names: Record<string, string> } {
  const q = useQuery<{ vocabularies: Vocabularies }>('vocabularies', QUERY, {});
  return useMemo(() => {
    const vocab = q.data?.vocabularies ?? EMPTY;
    const names: Record<string, string> = {};
    for (const list of Object.values(vocab) as Term[][]) for (const t of list) names[t.id] = t.name;
    return { vocab, names };
  }, [q.data]);
}
