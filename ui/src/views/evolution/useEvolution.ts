import type {
  EvolutionQuery,
  EvolutionQueryVariables,
  MomentStep,
} from '../../api/operations.generated';
import type { GroupEI } from '../../model/comparison';
import type { Grouping } from '../../model/comparison-minimap';
import type { GroupMatrix } from '../../model/heatmap';
import type { Level } from '../../model/types';
import { useQuery } from '../../state/useQuery';

export type Step = MomentStep;

type Generated = EvolutionQuery['networkEvolution'];

/**
 * The matrix and E-I rows as model/heatmap and model/comparison read them: those types do not
 * admit the nulls the schema gives for groups suppressed for researchers.
 */
export type EvolutionPoint = Omit<Generated['points'][number], 'mixing' | 'groupEI'> & {
  mixing: GroupMatrix;
  groupEI: GroupEI[];
};

export type Evolution = Omit<Generated, 'points'> & { points: EvolutionPoint[] };

export const EVOLUTION_QUERY = `query Evolution(
  $councilId: ID!, $step: MomentStep!, $level: NetworkLevel!, $grouping: Grouping!
) {
  networkEvolution(councilId: $councilId, step: $step, level: $level, grouping: $grouping) {
    grouping
    points {
      date label waveId nodeCount edgeCount
      network { metric value }
      mixing { groups sizes counts weights density }
      groupEI { group size external internal index }
    }
    interventions { id date label kind }
    conventions { metric scope directed weighted normalisation reference description }
  }
}`;

/** networkEvolution for a council at a level and grouping, stepping by waves or quarters. */
export function useEvolution(councilId: string, level: Level, grouping: Grouping, step: Step) {
  return useQuery<{ networkEvolution: Evolution }, EvolutionQueryVariables>(
    `evolution:${councilId}:${level}:${grouping}:${step}`,
    EVOLUTION_QUERY,
    { councilId, level, grouping, step },
  );
}
