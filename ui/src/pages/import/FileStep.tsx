import { SHEET_ORDER } from '../../model/import-result';
import { fileKind, sheetFromFileName } from './read-sheets';

/** Choose the file (XLSX, a CSV of one sheet, or a zip of CSVs); the templates to start from. */
export function FileStep(p: {
  file: File | null;
  onFile: (f: File | null) => void;
  csvSheet: string;
  onCsvSheet: (s: string) => void;
  busy: boolean;
  onCheck: () => void;
}) {
  const kind = p.file ? fileKind(p.file.name) : null;
  return (
    <section aria-labelledby="file-title" data-testid="file-step">
      <h2 id="file-title">Choose a file</h2>
      <p>
        Start from the template: an Excel workbook with one sheet per kind of record, the shared
        vocabularies as drop-down lists and an example row each —{' '}
        <a href="/api/import/template.xlsx" download data-testid="template-xlsx">
          template (Excel)
        </a>{' '}
        or the same as{' '}
        <a href="/api/import/template.zip" download data-testid="template-zip">
          CSV files in a zip
        </a>
        .
      </p>
      <div className="field">
        <label htmlFor="import-file">Spreadsheet (.xlsx, .csv or a .zip of CSV files)</label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,.csv,.zip"
          data-testid="import-file"
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            p.onFile(f);
            if (f && fileKind(f.name) === 'csv') {
              const guess = sheetFromFileName(f.name);
              if (SHEET_ORDER.includes(guess)) p.onCsvSheet(guess);
            }
          }}
        />
        {p.file && !kind && (
          <small className="field-error" role="alert">
            Choose an .xlsx, .csv or .zip file.
          </small>
        )}
      </div>
      {kind === 'csv' && (
        <div className="field">
          <label htmlFor="import-sheet">This CSV file holds the sheet</label>
          <select
            id="import-sheet"
            value={p.csvSheet}
            onChange={(e) => p.onCsvSheet(e.target.value)}
            data-testid="import-sheet"
          >
            {SHEET_ORDER.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!p.file || !kind || p.busy}
          onClick={p.onCheck}
          data-testid="check-file"
        >
          Read the file
        </button>
      </div>
    </section>
  );
}
