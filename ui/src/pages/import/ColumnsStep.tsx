import { detectColumn, type ImportIssue, type ImportMapping } from '../../model/import-result';
import type { SheetPreview } from './read-sheets';

const SERVER = '';

/**
 * The file's columns per sheet: what each was detected as, a few sample values, and a choice
 * to map it to another template column. Only choices that differ from the detection are sent.
 */
export function ColumnsStep(p: {
  sheets: SheetPreview[];
  template: Record<string, string[]>;
  warnings: ImportIssue[];
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
}) {
  const choose = (sheet: string, header: string, field: string) => {
    const columns = {
      ...p.mapping.columns,
      [sheet]: { ...p.mapping.columns[sheet], [header]: field },
    };
    p.onMapping({ ...p.mapping, columns });
  };
  return (
    <div data-testid="columns-step">
      {p.sheets.map((s) => {
        const fields = p.template[s.sheet] ?? [];
        return (
          <div className="table-scroll" key={s.sheet}>
            <table className="data-table" data-testid={`columns-${s.sheet}`}>
              <caption>
                Sheet <strong>{s.sheet}</strong> ({s.rows} rows)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Column in the file</th>
                  <th scope="col">Detected as</th>
                  <th scope="col">Read as</th>
                  <th scope="col">Sample values</th>
                </tr>
              </thead>
              <tbody>
                {s.headers.map((h, i) => {
                  if (!h) return null;
                  const d = detectColumn(s.sheet, h, fields, p.warnings);
                  const chosen = p.mapping.columns[s.sheet]?.[h] ?? SERVER;
                  const id = `map-${s.sheet}-${i}`;
                  return (
                    <tr
                      key={h}
                      data-column={h}
                      className={d.kind === 'ignored' && !chosen ? 'column-unknown' : undefined}
                    >
                      <th scope="row">
                        <label htmlFor={id}>{h}</label>
                      </th>
                      <td data-testid="detected">
                        {d.kind === 'field'
                          ? d.field
                          : d.kind === 'server'
                            ? 'a synonym the server knows'
                            : `not recognised: ${d.message || 'ignored'}`}
                      </td>
                      <td>
                        <select
                          id={id}
                          value={chosen}
                          disabled={!fields.length}
                          data-testid="column-choice"
                          onChange={(e) => choose(s.sheet, h, e.target.value)}
                        >
                          <option value={SERVER}>
                            {d.kind === 'ignored' ? 'Ignore this column' : 'As detected'}
                          </option>
                          {fields.map((f) => (
                            <option key={f} value={f}>
                              {f}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="muted">{s.samples[i]?.join(' · ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
