import type { ImportMapping } from '../../model/import-result';
import type { UnknownValue } from './unknown-values';

/**
 * Values the file uses that are not allowed (e.g. "DN" for a profession, "Fortnightly" for a
 * frequency), each mapped from a list of what is. A value left unmapped stays an error in
 * the dry run.
 */
export function ValuesStep(p: {
  unknown: UnknownValue[];
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
}) {
  if (!p.unknown.length) {
    return (
      <p data-testid="values-step" role="status">
        Every value in the file is one the import knows.
      </p>
    );
  }
  const choose = (field: string, value: string, id: string) => {
    const values = { ...p.mapping.values, [field]: { ...p.mapping.values[field], [value]: id } };
    p.onMapping({ ...p.mapping, values });
  };
  return (
    <div className="table-scroll" data-testid="values-step">
      <table className="data-table">
        <caption>Values the import does not know ({p.unknown.length})</caption>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col">Column</th>
            <th scope="col">Value in the file</th>
            <th scope="col">Means</th>
          </tr>
        </thead>
        <tbody>
          {p.unknown.map((u, i) => {
            const id = `value-${i}`;
            return (
              <tr key={`${u.sheet}|${u.header}|${u.value}`} data-value={u.value}>
                <td>{u.sheet}</td>
                <td>{u.header}</td>
                <th scope="row">
                  <label htmlFor={id}>{u.value}</label>
                </th>
                <td>
                  <select
                    id={id}
                    data-testid="value-choice"
                    value={p.mapping.values[u.field]?.[u.value] ?? ''}
                    onChange={(e) => choose(u.field, u.value, e.target.value)}
                  >
                    <option value="">Not mapped (an error)</option>
                    {u.choices.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
