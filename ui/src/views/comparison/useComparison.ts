import type {
  CompareQuery,
  CompareQueryVariables,
  MiniMapQuery,
  MiniMapQueryVariables,
} from '../../api/operations.generated';
import type { Grouping } from '../../model/comparison-minimap';
import type { Level } from '../../model/types';
import { useQuery } from '../../state/useQuery';

export const COMPARE_QUERY = `query Compare(
  $councilIds: [ID!]!, $waveLabel: String, $level: NetworkLevel!, $grouping: Grouping!
) {
  compareCouncils(
    councilIds: $councilIds, waveLabel: $waveLabel, level: $level, grouping: $grouping,
    pathMetrics: false
  ) {
    groups
    rows {
      councilId councilName asOf waveLabel nodeCount edgeCount
      network { metric value }
      mixing { groups sizes counts weights density suppressed }
      groupEI { group size external internal index suppressed }
    }
    conventions { metric scope directed weighted normalisation reference description }
  }
}`;

/** compareCouncils: the same statistics for several councils at their waves with one label. */
export function useComparison(
  councilIds: readonly string[],
  waveLabel: string,
  level: Level,
  grouping: Grouping,
) {
  return useQuery<CompareQuery, CompareQueryVariables>(
    councilIds.length ? `compare:${councilIds.join(',')}:${waveLabel}:${level}:${grouping}` : null,
    COMPARE_QUERY,
    { councilIds: [...councilIds], waveLabel, level, grouping },
  );
}

const SNAPSHOT_QUERY = `query MiniMap($councilId: ID!, $asOf: String!, $level: NetworkLevel!) {
  networkSnapshot(councilId: $councilId, asOf: $asOf, level: $level) {
    nodes {
      id label teamId teamTypeId organisationId organisationTypeId sectorId professionId
      neighbourhoodId
    }
    edges { source target }
  }
}`;

/** The snapshot a mini-map draws. */
export function useMiniSnapshot(councilId: string, asOf: string, level: Level) {
  return useQuery<MiniMapQuery, MiniMapQueryVariables>(
    `minimap:${councilId}:${asOf}:${level}`,
    SNAPSHOT_QUERY,
    { councilId, asOf, level },
  );
}
