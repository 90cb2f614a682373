import type { ComparisonColumn, GroupEIRow } from '../../model/comparison';
import { formatStat } from '../../model/comparison-metrics';
import { SUPPRESSED_TEXT, SUPPRESSED_TITLE } from '../../model/heatmap';

interface Props {
  rows: GroupEIRow[];
  columns: readonly ComparisonColumn[];
  labelOf: (group: string) => string;
}

/** E-I index of each group in each council (−1: ties stay inside, +1: all cross). */
export function GroupEITable({ rows, columns, labelOf }: Props) {
  return (
    <div className="iw-table-scroll" tabIndex={0} aria-label="E-I index by group (table, scrolls)">
      <table className="iw-table" data-testid="comparison-ei-table">
        <caption>E-I index by group (members in brackets)</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {columns.map((c) => (
              <th scope="col" key={c.councilId}>
                {c.councilName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.group} data-group={r.group}>
              <th scope="row">{labelOf(r.group)}</th>
              {r.values.map((v, i) => (
                <td
                  key={columns[i].councilId}
                  data-council={columns[i].councilId}
                  data-value={v ?? ''}
                  data-suppressed={r.suppressed[i] || undefined}
                  title={r.suppressed[i] ? SUPPRESSED_TITLE : undefined}
                >
                  {r.suppressed[i] ? SUPPRESSED_TEXT : formatStat(v)}
                  {r.sizes[i] !== null && <span className="iw-muted"> ({r.sizes[i]})</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
