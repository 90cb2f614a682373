import type {
  EvolutionQuery,
  EvolutionQueryVariables,
  MomentStep,
} from '../../api/operations.generated';
import type { Grouping } from '../../model/comparison-minimap';
import type { Level } from '../../model/types';
import { useQuery } from '../../state/useQuery';

export type Step = MomentStep;

type Generated = EvolutionQuery['networkEvolution'];

export type EvolutionPoint = Generated['points'][number];

export type Evolution = Generated;

export const EVOLUTION_QUERY = `query Evolution(
  $councilId: ID!, $step: MomentStep!, $level: NetworkLevel!, $grouping: Grouping!
) {
  networkEvolution(councilId: $councilId, step: $step, level: $level, grouping: $grouping) {
    grouping
    points {
      date label waveId nodeCount edgeCount
      network { metric value }
      mixing { groups sizes counts weights density suppressed }
      groupEI { group size external internal index suppressed }
    }
    interventions { id date label kind }
    conventions { metric scope directed weighted normalisation reference description }
  }
}`;

/** networkEvolution for a council at a level and grouping, stepping by waves or quarters. */
export function useEvolution(councilId: string, level: Level, grouping: Grouping, step: Step) {
  return useQuery<EvolutionQuery, EvolutionQueryVariables>(
    `evolution:${councilId}:${level}:${grouping}:${step}`,
    EVOLUTION_QUERY,
    { councilId, level, grouping, step },
  );
}
