import {
  findConvention,
  formatStat,
  NETWORK_STATS,
  statValue,
  type MetricConvention,
  type MetricValue,
} from '../../model/comparison-metrics';
import { sparklinePath } from '../../model/line-chart-layout';
import { ConventionList, ConventionRef, type Footnote } from './Conventions';

interface Point {
  date: string;
  label: string;
  nodeCount: number;
  edgeCount: number;
  network: MetricValue[];
}

interface Props {
  points: readonly Point[];
  conventions: readonly MetricConvention[];
}

const SPARK_W = 120;
const SPARK_H = 28;

/**
 * Network statistics over time: one row per statistic with a small line (small multiples) and
 * the value at every moment; every statistic links to its convention.
 */
export function NetworkStats({ points, conventions }: Props) {
  const rows = [
    { key: 'nodeCount', label: 'Actors', values: points.map((p) => p.nodeCount) },
    { key: 'edgeCount', label: 'Ties (pairs)', values: points.map((p) => p.edgeCount) },
    ...NETWORK_STATS.map((s) => ({
      key: s.metric,
      label: s.label,
      values: points.map((p) => statValue(p.network, s.metric)),
    })),
  ];
  const notes: Footnote[] = NETWORK_STATS.map((s) => ({
    key: s.metric,
    label: s.label,
    convention: findConvention(conventions, s.conventionKey ?? s.metric),
  }));
  return (
    <>
      <div
        className="iw-table-scroll"
        tabIndex={0}
        aria-label="Network statistics (table, scrolls)"
      >
        <table className="iw-table iw-stats" data-testid="network-stats-table">
          <caption>Network statistics at each moment</caption>
          <thead>
            <tr>
              <th scope="col">Statistic</th>
              <th scope="col">Trend</th>
              {points.map((p) => (
                <th scope="col" key={p.date}>
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const spark = sparklinePath(r.values, SPARK_W, SPARK_H);
              const k = notes.findIndex((n) => n.key === r.key);
              return (
                <tr key={r.key}>
                  <th scope="row">
                    {r.label}
                    {k >= 0 && <ConventionRef scope="evolution" index={k} note={notes[k]} />}
                  </th>
                  <td className="iw-spark-cell">
                    <svg width={SPARK_W} height={SPARK_H} aria-hidden="true">
                      <path d={spark.d} fill="none" stroke="#1f5fa8" strokeWidth={2} />
                      {spark.dots.map((d, i) => (
                        <circle key={i} cx={d.x} cy={d.y} r={2.5} fill="#1f5fa8" />
                      ))}
                    </svg>
                  </td>
                  {r.values.map((v, i) => (
                    <td
                      key={points[i].date}
                      data-metric={r.key}
                      data-point={points[i].date}
                      data-value={v ?? ''}
                    >
                      {formatStat(v)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConventionList scope="evolution" notes={notes} />
    </>
  );
}
