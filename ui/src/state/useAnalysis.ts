import { useMemo } from 'react';
import { ANALYSIS_QUERY, metricTable } from '../model/snapshot';
import type { Level, Moment } from '../model/types';
import { filterInput, momentVariables, type MapFilters } from '../model/url-state';
import { useQuery } from './useQuery';
import type { AnalysisQuery, AnalysisQueryVariables } from '../api/operations.generated';

/** networkAnalysis at a moment (node metrics with their conventions); null key: not needed. */
export function useAnalysis(
  enabled: boolean,
  councilId: string,
  moment: Moment,
  level: Level,
  filters: MapFilters,
  version: number,
) {
  const vars = {
    councilId,
    level,
    filter: filterInput(filters),
    pathMetrics: true,
    ...momentVariables(moment),
  };
  const q = useQuery<AnalysisQuery, AnalysisQueryVariables>(
    enabled ? `analysis:${JSON.stringify(vars)}` : null,
    ANALYSIS_QUERY,
    vars,
    version,
  );
  const analysis = q.data?.networkAnalysis ?? null;
  const table = useMemo(() => (analysis ? metricTable(analysis) : null), [analysis]);
  return { status: q.status, analysis, table };
}
