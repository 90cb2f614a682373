import type { MetricConvention, MetricValue } from '../../model/comparison-metrics';
import type { GroupEI } from '../../model/comparison';
import type { Grouping } from '../../model/comparison-minimap';
import type { GroupMatrix } from '../../model/heatmap';
import type { Marker } from '../../model/line-chart';
import type { Level } from '../../model/types';
import { useQuery } from '../../state/useQuery';

export type Step = 'WAVES' | 'QUARTERS' | 'MONTHS';

export interface EvolutionPoint {
  date: string;
  label: string;
  waveId: string | null;
  nodeCount: number;
  edgeCount: number;
  network: MetricValue[];
  mixing: GroupMatrix;
  groupEI: GroupEI[];
}

export interface Evolution {
  grouping: string;
  points: EvolutionPoint[];
  interventions: Marker[];
  conventions: MetricConvention[];
}

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
  return useQuery<{ networkEvolution: Evolution }>(
    `evolution:${councilId}:${level}:${grouping}:${step}`,
    EVOLUTION_QUERY,
    { councilId, level, grouping, step },
  );
}
