import { metricName } from '../../model/metric-names';
import type { MetricConvention } from '../../model/snapshot';

/** A convention in plain words: what the number means, and how it was computed. */
export function conventionText(c: MetricConvention): string {
  const parts = [c.description];
  parts.push(c.directed ? 'Tie direction counts.' : 'Tie direction is ignored.');
  parts.push(
    c.weighted ? `Ties are weighted (${c.weighted}).` : 'Every tie counts the same (unweighted).',
  );
  parts.push(`Normalised: ${c.normalisation}.`);
  return parts.join(' ');
}

const SHOWN = [
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'coreNumber',
  'clustering',
  'constraint',
  'brokerageTotal',
  'nodeEiIndex',
];

/** Node metrics with their conventions, each explained on demand. */
export function MetricList({
  values,
  conventions,
  undefinedMetrics,
  stale = false,
}: {
  /** The values are the previous moment's: shown dimmed and busy until the new ones come. */
  stale?: boolean;
  values: Record<string, number | null>;
  conventions: MetricConvention[];
  undefinedMetrics: { metric: string; reason: string }[];
}) {
  const byMetric = new Map(conventions.map((c) => [c.metric, c]));
  const why = new Map(undefinedMetrics.map((u) => [u.metric, u.reason]));
  return (
    <dl
      className={stale ? 'metric-list stale' : 'metric-list'}
      data-testid="metric-list"
      data-stale={stale || undefined}
      aria-busy={stale}
    >
      {SHOWN.filter((m) => m in values).map((m) => {
        const c = byMetric.get(m);
        const v = values[m];
        return (
          <div key={m} data-metric={m}>
            <dt>{metricName(m)}</dt>
            <dd>
              {v === null ? (
                // A missing value always says why: the API's reason, else the convention's.
                <span className="metric-undefined" data-testid={`undefined-${m}`}>
                  undefined —{' '}
                  {why.get(m) ?? 'not defined for this actor under the convention below.'}
                </span>
              ) : (
                <span className="metric-value" data-value={v}>
                  {Number.isInteger(v) ? v : v.toFixed(3)}
                </span>
              )}
              {c && (
                <details>
                  <summary>What this means</summary>
                  <p>{conventionText(c)}</p>
                </details>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
