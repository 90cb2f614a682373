import { formatMatrixValue } from '../../model/heatmap';
import type { Marker, Series } from '../../model/line-chart';
import { CsvButton } from '../../shell/CsvButton';

interface Props {
  points: readonly { date: string; label: string }[];
  series: readonly Series[];
  markers: readonly Marker[];
  caption: string;
  /** Name of the CSV download of these numbers. */
  fileName: string;
}

/** The line chart's numbers: one row per moment, one column per pair; then the interventions. */
export function PairSeriesTable({ points, series, markers, caption, fileName }: Props) {
  return (
    <>
      <CsvButton
        testId="evolution-csv"
        fileName={fileName}
        header={['date', 'moment', ...series.map((s) => s.label)]}
        rows={() => points.map((p, i) => [p.date, p.label, ...series.map((s) => s.values[i])])}
      />
      <div className="iw-table-scroll" tabIndex={0} aria-label={`${caption} (table, scrolls)`}>
        <table className="iw-table" data-testid="pair-series-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Moment</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.date}>
                <th scope="row">
                  {p.label} <span className="iw-muted">({p.date})</span>
                </th>
                {series.map((s) => (
                  <td
                    key={s.key}
                    data-series={s.key}
                    data-point={p.date}
                    data-value={s.values[i] ?? ''}
                  >
                    {formatMatrixValue(s.values[i])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {markers.length > 0 && (
        <ol className="iw-interventions" aria-label="Interventions on the chart">
          {markers.map((m) => (
            <li key={m.id}>
              <time dateTime={m.date}>{m.date}</time> {m.label}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
