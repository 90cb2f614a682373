import { useCallback } from 'react';
import type { Grouping } from '../../model/comparison-minimap';
import { useQuery } from '../../state/useQuery';

interface Term {
  id: string;
  name: string;
}

interface VocabularyResult {
  vocabularies: {
    teamTypes: Term[];
    professions: Term[];
    sectors: Term[];
    organisationTypes: Term[];
  };
}

const VOCABULARIES = `query GroupVocabularies { vocabularies {
  teamTypes { id name } professions { id name } sectors { id name } organisationTypes { id name }
} }`;

const COUNCIL = `query NeighbourhoodNames($councilId: ID!) { council(councilId: $councilId) { neighbourhoods { id name } } }`;

/**
 * Group id → readable name for a grouping, from the shared vocabularies (and the council's
 * neighbourhoods). Falls back to the id while loading or when unknown.
 */
export function useGroupLabels(grouping: Grouping, councilId?: string): (group: string) => string {
  const vocab = useQuery<VocabularyResult>('vocabularies:groups', VOCABULARIES, {});
  const council = useQuery<{ council: { neighbourhoods: Term[] } }>(
    grouping === 'NEIGHBOURHOOD' && councilId ? `neighbourhoods:${councilId}` : null,
    COUNCIL,
    { councilId },
  );
  const v = vocab.data?.vocabularies;
  const terms: Term[] | undefined = (() => {
    switch (grouping) {
      case 'TEAM_TYPE':
        return v?.teamTypes;
      case 'PROFESSION':
        return v?.professions;
      case 'SECTOR':
        return v?.sectors;
      case 'ORGANISATION_TYPE':
        return v?.organisationTypes;
      case 'NEIGHBOURHOOD':
        return council.data?.council.neighbourhoods;
      case 'ORGANISATION':
      case 'TEAM':
        return undefined;
    }
  })();
  return useCallback((group: string) => terms?.find((t) => t.id === group)?.name ?? group, [terms]);
}
