import { progressText, type ProgressTable } from '../../model/missing-list';

/** met / expected per expectation (rows) and neighbourhood (columns), with bars. */
export function BlueprintProgressTable({ table, name }: { table: ProgressTable; name: string }) {
  if (table.rows.length === 0) return <p>The blueprint expects no team pairs in this council.</p>;
  return (
    <div className="iw-table-scroll" tabIndex={0} aria-label="Blueprint progress (table, scrolls)">
      <table className="iw-table iw-progress" data-testid="blueprint-progress">
        <caption>Blueprint “{name}”: team pairs met / expected</caption>
        <thead>
          <tr>
            <th scope="col">Expectation</th>
            {table.neighbourhoods.map((h) => (
              <th scope="col" key={h.id ?? 'council'}>
                {h.name}
              </th>
            ))}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.expectationId}>
              <th scope="row" className="iw-expectation">
                {r.description}
              </th>
              {r.cells.map((c, i) =>
                c ? (
                  <td
                    key={table.neighbourhoods[i].id ?? 'council'}
                    className={`iw-progress-${c.status}`}
                  >
                    <Bar ratio={c.ratio} />
                    {progressText(c.met, c.expected)}
                  </td>
                ) : (
                  <td key={table.neighbourhoods[i].id ?? 'council'} className="iw-muted">
                    n/a
                  </td>
                ),
              )}
              <td>
                <Bar ratio={r.expected ? Math.min(r.met, r.expected) / r.expected : 1} />
                {progressText(r.met, r.expected)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All expectations</th>
            {table.neighbourhoods.map((h) => (
              <td key={h.id ?? 'council'}>
                <Bar ratio={h.expected ? h.met / h.expected : 1} />
                {progressText(h.met, h.expected)}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Bar({ ratio }: { ratio: number }) {
  return (
    <span className="iw-bar" aria-hidden="true">
      <span style={{ width: `${Math.round(ratio * 100)}%` }} />
    </span>
  );
}
