import { sheetsOf, type ImportResult } from '../../model/import-result';

/** Rows per sheet that the import creates, updates or leaves unchanged. */
export function CountsTable({ result, caption }: { result: ImportResult; caption: string }) {
  const sheets = sheetsOf(result);
  if (!sheets.length) return null;
  return (
    <table className="data-table" data-testid="import-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Sheet</th>
          <th scope="col">New</th>
          <th scope="col">Changed</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {sheets.map((s) => (
          <tr key={s} data-sheet={s}>
            <th scope="row">{s}</th>
            <td className="num" data-count="created">
              {result.created[s] ?? 0}
            </td>
            <td className="num" data-count="updated">
              {result.updated[s] ?? 0}
            </td>
            <td className="num" data-count="unchanged">
              {result.unchanged[s] ?? 0}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
