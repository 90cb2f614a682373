import { download } from '../../map/download';
import { issuesCsv, type ImportIssue } from '../../model/import-result';

/** A dry run's errors or warnings by sheet, row and column, with a CSV download of them all. */
export function IssueList(p: {
  title: string;
  issues: ImportIssue[];
  testId: string;
  fileName: string;
}) {
  if (!p.issues.length) return null;
  const shown = p.issues.slice(0, 500);
  return (
    <div className="import-issues" data-testid={p.testId}>
      <div className="button-row">
        <h3>
          {p.title} ({p.issues.length})
        </h3>
        <button
          type="button"
          data-testid={`${p.testId}-csv`}
          onClick={() =>
            download(new Blob([issuesCsv(p.issues)], { type: 'text/csv' }), p.fileName)
          }
        >
          Download as CSV
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Sheet</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Code</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <tr key={i} data-sheet={e.sheet} data-row={e.row ?? ''} data-column={e.column ?? ''}>
                <td>{e.sheet}</td>
                <td className="num">{e.row ?? ''}</td>
                <td>{e.column ?? ''}</td>
                <td>
                  <code>{e.code}</code>
                </td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < p.issues.length && (
        <p className="muted">
          The first {shown.length} are shown; the CSV has all {p.issues.length}.
        </p>
      )}
    </div>
  );
}
