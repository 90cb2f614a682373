import { useCallback } from 'react';
import type {
  GroupVocabulariesQuery,
  NeighbourhoodNamesQuery,
  NeighbourhoodNamesQueryVariables,
} from '../../api/operations.generated';
import type { Grouping } from '../../model/comparison-minimap';
import { useQuery } from '../../state/useQuery';

const VOCABULARIES = `query GroupVocabularies { vocabularies {
  teamTypes { id name } professions { id name } sectors { id name } organisationTypes { id name }
} }`;

const COUNCIL = `query NeighbourhoodNames($councilId: ID!) { council(councilId: $councilId) { neighbourhoods { id name } } }`;

/**
 * Group id → readable name for a grouping, from the shared vocabularies (and the council's
 * neighbourhoods). Falls back to the id while loading or when unknown.
 */
export function useGroupLabels(grouping: Grouping, councilId?: string): (group: string) => string {
  const vocab = useQuery<GroupVocabulariesQuery>('vocabularies:groups', VOCABULARIES, {});
  const council = useQuery<NeighbourhoodNamesQuery, NeighbourhoodNamesQueryVariables>(
    grouping === 'NEIGHBOURHOOD' && councilId ? `neighbourhoods:${councilId}` : null,
    COUNCIL,
    // Sent only with a council (the key is null without one).
    { councilId: councilId ?? '' },
  );
  const v = vocab.data?.vocabularies;
  const terms = (() => {
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
