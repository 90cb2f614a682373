import { AnalysisArgs, SnapshotFilterInput } from '../dto/analytics.args';
import { SnapshotFilter } from '../snapshot/snapshot-types';
import { AnalysisOptions } from './analysis.service';

export function toFilter(input: SnapshotFilterInput | undefined): SnapshotFilter {
  return {
    tieTypeIds: input?.tieTypeIds ?? null,
    sectorIds: input?.sectorIds ?? null,
    professionIds: input?.professionIds ?? null,
    neighbourhoodIds: input?.neighbourhoodIds ?? null,
    minStrength: input?.minStrength ?? null,
  };
}

export function toOptions(args: AnalysisArgs): AnalysisOptions {
  return {
    level: args.level,
    filter: toFilter(args.filter),
    grouping: args.grouping,
    focusGroups: [...args.focusGroups].sort(),
    directed: args.directed,
    includePathMetrics: args.pathMetrics,
  };
}

export const SNAPSHOT_CONVENTION =
  'Ties valid on the date (validFrom <= date < validTo) between actors valid on that date. ' +
  'At PEOPLE level each tie is an edge; higher levels count the ties between the groups of their ends, ' +
  'per tie type, with summed strength; ties inside one group are counted on the node as internalTies.';
