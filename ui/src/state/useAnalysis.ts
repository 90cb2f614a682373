import { useMemo, useState } from 'react';
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
  // While another moment of the same network loads, the last one's metrics stay up, marked
  // stale, rather than the panel (and the sizes) blanking and coming back on every step.
  const scope = JSON.stringify([councilId, level, vars.filter]);
  const fresh = q.data?.networkAnalysis ?? null;
  const [last, setLast] = useState<{ scope: string; analysis: typeof fresh } | null>(null);
  if (fresh && (last?.analysis !== fresh || last.scope !== scope)) {
    // State that follows the query's answer, adjusted while rendering as React advises.
    setLast({ scope, analysis: fresh });
  }
  const stale = !fresh && enabled && last?.scope === scope && q.status === 'loading';
  const analysis = fresh ?? (stale ? (last?.analysis ?? null) : null);
  const table = useMemo(() => (analysis ? metricTable(analysis) : null), [analysis]);
  return { status: q.status, analysis, table, stale };
}
