import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { RequestScope } from '../common/request-scope';
import { SHEETS } from './sheets';
import type { StoredState } from './stored-state';

/** Columns left out of an export for a caller who may not see names (and so not re-imported). */
const NAME_COLUMNS = new Set(['displayName', 'roleTitle']);

/**
 * Writes the council as a workbook in the template's format (same sheets, same headers,
 * the file's ids being each record's externalId, else its own id), streamed row by row
 * with exceljs's WorkbookWriter, so export → import into a new council reproduces it.
 * Neighbourhoods are written by name (another council has other ids for them).
 */
export async function writeCouncilWorkbook(
  out: Writable,
  stored: StoredState,
  neighbourhoods: { id: string; name: string }[],
  scope: RequestScope,
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const keyOf = new Map<string, string>();
  for (const records of stored.values()) for (const r of records) keyOf.set(r.id, r.key);
  const nbName = new Map(neighbourhoods.map((n) => [n.id, n.name]));
  const showNames = scope.revealNames;
  for (const sheet of SHEETS) {
    const columns = sheet.columns.filter(
      (c) => showNames || sheet.name !== 'people' || !NAME_COLUMNS.has(c.name),
    );
    const ws = book.addWorksheet(sheet.name);
    ws.addRow(columns.map((c) => c.name)).commit();
    for (const record of stored.get(sheet.name) ?? []) {
      const cells = columns.map((column) => {
        if (column.name === 'id') return record.key;
        const value = record.fields[column.name];
        if (value === null || value === undefined) return null;
        if (column.type === 'ref') return keyOf.get(value as string) ?? (value as string);
        if (column.type === 'neighbourhood') {
          const ids = (Array.isArray(value) ? value : [value]) as string[];
          const names = ids.map((id) => nbName.get(id) ?? id);
          return names.length ? names.join('; ') : null;
        }
        return value as string | number | boolean;
      });
      ws.addRow(cells).commit();
    }
    ws.commit();
  }
  await book.commit();
}
