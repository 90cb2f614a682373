import { DomainError } from '../common/domain-error';
import { normaliseName, SHEETS } from './sheets';

/**
 * The optional `mapping` of an import: headers of the file → documented column names (per
 * sheet, or "*" for every sheet), and values → vocabulary or list ids per column name, e.g.
 * `{"columns": {"people": {"Staff code": "id"}}, "values": {"profession": {"DN": "district-nurse"}}}`.
 */
export interface ImportMapping {
  columns: Map<string, Map<string, string>>;
  values: Map<string, Map<string, string>>;
}

export const NO_MAPPING: ImportMapping = { columns: new Map(), values: new Map() };

const bad = (message: string) => DomainError.badInput([{ field: 'mapping', message }]);

function stringRecord(value: unknown, where: string): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw bad(`${where} must be an object`);
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' || v.length === 0 || v.length > 200 || key.length > 200)
      throw bad(`${where}.${key} must be a text of 1–200 characters`);
  }
  return value as Record<string, string>;
}

/** Parses and checks the mapping JSON; anything malformed is a 400 naming `mapping`. */
export function parseMapping(text: string | undefined): ImportMapping {
  if (text === undefined || text.trim() === '') return NO_MAPPING;
  if (text.length > 100_000) throw bad('mapping is longer than 100,000 characters');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw bad('mapping is not valid JSON');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw bad('mapping must be a JSON object');
  const { columns = {}, values = {}, ...rest } = json as Record<string, unknown>;
  if (Object.keys(rest).length > 0)
    throw bad(`mapping has unknown keys: ${Object.keys(rest).join(', ')} (use columns, values)`);
  const result: ImportMapping = { columns: new Map(), values: new Map() };
  const sheets = new Map(SHEETS.map((s) => [normaliseName(s.name), s]));
  for (const [sheetName, headers] of Object.entries(objectOf(columns, 'mapping.columns'))) {
    const sheet = sheetName === '*' ? null : sheets.get(normaliseName(sheetName));
    if (sheetName !== '*' && !sheet) throw bad(`mapping.columns: "${sheetName}" is not a sheet`);
    if (!headers || typeof headers !== 'object' || Array.isArray(headers))
      throw bad(`mapping.columns.${sheetName} must be an object`);
    const map = new Map<string, string>();
    for (const [header, column] of Object.entries(
      stringRecord(headers, `mapping.columns.${sheetName}`),
    )) {
      const known = (sheet ? [sheet] : SHEETS).some((s) =>
        s.columns.some((c) => normaliseName(c.name) === normaliseName(column)),
      );
      if (!known) throw bad(`mapping.columns.${sheetName}: "${column}" is not a column`);
      map.set(normaliseName(header), column);
    }
    result.columns.set(sheet ? sheet.name : '*', map);
  }
  if (!values || typeof values !== 'object' || Array.isArray(values))
    throw bad('mapping.values must be an object');
  for (const [column, pairs] of Object.entries(values)) {
    const known = SHEETS.some((s) =>
      s.columns.some((c) => normaliseName(c.name) === normaliseName(column)),
    );
    if (!known) throw bad(`mapping.values: "${column}" is not a column`);
    const map = new Map<string, string>();
    for (const [from, to] of Object.entries(stringRecord(pairs, `mapping.values.${column}`)))
      map.set(from.trim().toLowerCase(), to);
    result.values.set(normaliseName(column), map);
  }
  return result;
}

function objectOf(value: unknown, where: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw bad(`${where} must be an object`);
  return value as Record<string, unknown>;
}
