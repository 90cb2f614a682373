import { DIFF_QUERY, type NetworkDiff } from '../model/diff';
import type { Level, Moment } from '../model/types';
import { filterInput, type MapFilters } from '../model/url-state';
import { useQuery } from './useQuery';
import type { DiffQuery, DiffQueryVariables } from '../api/operations.generated';

/** networkDiff between two moments (from → to); null `from`: not in diff mode. */
export function useDiff(
  councilId: string,
  from: Moment | null,
  to: Moment,
  level: Level,
  filters: MapFilters,
  version: number,
) {
  // Nothing to compare from (no wave, no date): no query, rather than one that must fail.
  const usable = from && (from.wave || from.asOf) ? from : null;
  const vars: DiffQueryVariables = {
    councilId,
    level,
    filter: filterInput(filters),
    ...(usable?.wave ? { fromWave: usable.wave } : { from: usable?.asOf }),
    ...(to.wave ? { toWave: to.wave } : { to: to.asOf ?? new Date().toISOString().slice(0, 10) }),
  };
  const q = useQuery<DiffQuery, DiffQueryVariables>(
    usable ? `diff:${JSON.stringify(vars)}` : null,
    DIFF_QUERY,
    vars,
    version,
  );
  // The API sends only the five change kinds NetworkDiff names (the schema says String).
  const diff = (q.data?.networkDiff as NetworkDiff | undefined) ?? null;
  return { status: q.status, diff, error: q.error };
}
