/**
 * Forms: field specs, API field errors mapped onto inputs, and typed input objects built
 * from what was typed. Pure, so it is unit tested; the form component only renders it.
 */

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'checkbox'
  | 'multiselect'
  /** A searchable pick of one of many options (people, teams): a type-ahead. */
  | 'search';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** `detail` tells options with the same label apart (a person's team and profession). */
  options?: { value: string; label: string; detail?: string }[];
  /** Hints for number inputs (the API validates them; see missingRequired for what the form checks). */
  min?: number;
  max?: number;
  step?: number;
  help?: string;
}

export type FormValues = Record<string, string | boolean | string[]>;

/**
 * API field paths → form field names: "input.strength" → "strength", "validTo" → "validTo",
 * "input.target.id" → "target.id". Paths naming no field of the form go under "_form".
 */
export function fieldErrors(
  errors: { field: string; message: string }[],
  fieldNames: readonly string[],
  aliases: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (key: string, message: string) => {
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  };
  for (const e of errors) {
    const raw = e.field.replace(/^input\./, '').replace(/\[\d+\]/g, '');
    const path = aliases[raw] ?? raw;
    const match =
      fieldNames.find((f) => f === path) ??
      fieldNames.find((f) => path.startsWith(`${f}.`)) ??
      fieldNames.find((f) => f === path.split('.').pop());
    add(match ?? '_form', e.message);
  }
  return out;
}

/**
 * An API message in the form's own words: the field names it quotes ("validTo must be after
 * validFrom") become the fields' labels without their help in brackets ("Valid to must be
 * after Valid from"). CamelCase names are replaced anywhere (they never occur as English
 * words), any other name only as the message's first word ("strength must not be greater
 * than 5" → "Strength must not be greater than 5").
 */
export function inFieldWords(
  message: string,
  specs: readonly Pick<FieldSpec, 'name' | 'label'>[],
): string {
  const label = (s: Pick<FieldSpec, 'label'>) => s.label.replace(/\s*\(.*$/, '');
  const first = specs.find((s) => message.startsWith(`${s.name} `));
  const text = first ? `${label(first)}${message.slice(first.name.length)}` : message;
  return specs
    .filter((s) => /[a-z][A-Z]/.test(s.name))
    .reduce((out, s) => out.replace(new RegExp(`\\b${s.name}\\b`, 'g'), label(s)), text);
}

/**
 * Typed values for a GraphQL input: numbers parsed, empty optional fields left out (or sent
 * as null when `nullEmpty`, to clear them on update), checkboxes as booleans. A number that
 * does not parse is sent as typed, so the API's validation answers for it.
 */
export function toInput(
  specs: readonly FieldSpec[],
  values: FormValues,
  options: { nullEmpty?: boolean; only?: readonly string[] } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of specs) {
    if (options.only && !options.only.includes(f.name)) continue;
    const v = values[f.name];
    if (f.type === 'checkbox') {
      out[f.name] = v === true;
      continue;
    }
    if (f.type === 'multiselect') {
      out[f.name] = Array.isArray(v) ? v : [];
      continue;
    }
    const text = typeof v === 'string' ? v.trim() : '';
    if (text === '') {
      if (options.nullEmpty && !f.required) out[f.name] = null;
      continue;
    }
    if (f.type === 'number') {
      const n = Number(text);
      out[f.name] = Number.isFinite(n) ? n : text;
    } else out[f.name] = text;
  }
  return out;
}

/** The names of fields whose value differs from the initial values (for update inputs). */
export function changedFields(initial: FormValues, values: FormValues): string[] {
  const changed = Object.keys(values).filter(
    (k) => JSON.stringify(initial[k] ?? '') !== JSON.stringify(values[k] ?? ''),
  );
  // The API checks validTo against validFrom in the input only when both are sent (else later,
  // against the stored record, after the other checks passed). Sending both when either
  // changed makes a bad period come back with every other field error of the same save.
  const period = ['validFrom', 'validTo'].filter((k) => k in values);
  if (period.length === 2 && period.some((k) => changed.includes(k))) {
    for (const k of period) if (!changed.includes(k)) changed.push(k);
  }
  return changed;
}

/** Form values from a record: numbers and nulls become text, booleans and lists stay. */
export function valuesFrom(
  specs: readonly FieldSpec[],
  record: Record<string, unknown>,
): FormValues {
  const out: FormValues = {};
  for (const f of specs) {
    const v = record[f.name];
    if (f.type === 'checkbox') out[f.name] = v === true;
    else if (f.type === 'multiselect') out[f.name] = Array.isArray(v) ? v.map(String) : [];
    else out[f.name] = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  }
  return out;
}

/**
 * Every required field left empty, with a message in words: checked before sending, so all
 * of them are marked at once at their fields (sent, an empty required field fails GraphQL's
 * variable coercion, one raw message for the whole form). Everything else the API checks.
 */
export function missingRequired(
  specs: readonly FieldSpec[],
  values: FormValues,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of specs) {
    if (!f.required || f.type === 'checkbox') continue;
    const v = values[f.name];
    const empty = v === undefined || (Array.isArray(v) ? v.length === 0 : String(v).trim() === '');
    if (empty) out[f.name] = `${f.label} is required.`;
  }
  return out;
}
