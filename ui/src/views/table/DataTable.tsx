import { useMemo, useState } from 'react';
import { toCsv } from '../../model/csv';
import { filterRows, nextSort, sortRows, type Column, type SortState } from '../../model/table';
import { download } from '../../map/download';

const PAGE = 200;

/** A sortable, filterable table with CSV download of what it holds (all rows, filtered). */
export function DataTable<Row>(p: {
  caption: string;
  rows: Row[];
  columns: Column<Row>[];
  fileName: string;
  testId: string;
  rowKey: (r: Row) => string;
  /** Opens a row's details: its first cell becomes a button (mouse and keyboard alike). */
  onOpen?: (r: Row) => void;
  /** What opening does, for the button's accessible name ("Show … on the map"). */
  openLabel?: (r: Row) => string;
}) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortState | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(
    () => sortRows(filterRows(p.rows, p.columns, filter), p.columns, sort),
    [p.rows, p.columns, filter, sort],
  );
  const csv = () =>
    download(
      new Blob(
        [
          toCsv(
            p.columns.map((c) => c.label),
            shown.map((r) => p.columns.map((c) => c.value(r))),
          ),
        ],
        { type: 'text/csv' },
      ),
      p.fileName,
    );
  return (
    <section className="data-table-section" data-testid={p.testId}>
      <div className="table-tools">
        <label>
          Filter {p.caption.toLowerCase()}{' '}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid={`${p.testId}-filter`}
          />
        </label>
        <button type="button" onClick={csv} data-testid={`${p.testId}-csv`}>
          Download CSV
        </button>
        <span role="status">
          {shown.length} of {p.rows.length}
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} aria-label={`${p.caption} (scrolls)`}>
        <table className="data-table">
          <caption>{p.caption}</caption>
          <thead>
            <tr>
              {p.columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={
                    sort?.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setSort(nextSort(sort, c.key))}
                  >
                    {c.label}
                    {sort?.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((r) => (
              <tr key={p.rowKey(r)}>
                {p.columns.map((c, i) => {
                  const v = c.value(r);
                  const text =
                    typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : String(v ?? '');
                  return (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {i === 0 && p.onOpen ? (
                        <button
                          type="button"
                          className="link-button"
                          data-testid="open-row"
                          title={p.openLabel?.(r)}
                          onClick={() => p.onOpen!(r)}
                        >
                          {text}
                        </button>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more
        </button>
      )}
    </section>
  );
}
