import { download } from '../map/download';
import { toCsv, type Cell } from '../model/csv';

/**
 * "Download CSV" of what a view shows: rows are built only when clicked (a long list stays
 * cheap to render), through the shared CSV writer that defuses spreadsheet formulas.
 */
export function CsvButton(p: {
  fileName: string;
  header: string[];
  rows: () => Cell[][];
  testId: string;
  label?: string;
}) {
  return (
    <button
      type="button"
      data-testid={p.testId}
      onClick={() =>
        download(new Blob([toCsv(p.header, p.rows())], { type: 'text/csv' }), p.fileName)
      }
    >
      {p.label ?? 'Download CSV'}
    </button>
  );
}
