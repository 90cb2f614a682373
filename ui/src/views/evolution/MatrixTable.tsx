import { MATRIX_MODE_LABELS, sizeText, type Heatmap } from '../../model/heatmap';

interface Props {
  heatmap: Heatmap;
  caption: string;
  testId?: string;
}

/** The heatmap's numbers as a table: one row per group, one column per group. */
export function MatrixTable({ heatmap, caption, testId = 'heatmap-table' }: Props) {
  return (
    <div className="iw-table-scroll" tabIndex={0} aria-label={`${caption} (table, scrolls)`}>
      <table className="iw-table" data-testid={testId}>
        <caption>
          {caption}: {MATRIX_MODE_LABELS[heatmap.mode].toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Group (members)</th>
            {heatmap.labels.map((label, j) => (
              <th scope="col" key={heatmap.groups[j]}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.cells.map((row, i) => (
            <tr key={heatmap.groups[i]}>
              <th scope="row">
                {heatmap.labels[i]} ({sizeText(heatmap, i)})
              </th>
              {row.map((c) => (
                <td
                  key={c.colGroup}
                  data-row={c.rowGroup}
                  data-col={c.colGroup}
                  data-value={c.value ?? ''}
                  data-suppressed={c.suppressed || undefined}
                  title={c.title}
                >
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
