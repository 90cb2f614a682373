import {
  detectColumn,
  effectiveField,
  isKnownValue,
  unknownValueOf,
  vocabularyOf,
  type ImportIssue,
  type ImportMapping,
  type VocabularyKey,
} from '../../model/import-result';
import type { Vocabularies } from '../../state/useVocabularies';
import type { SheetPreview } from './read-sheets';

export interface UnknownValue {
  sheet: string;
  header: string;
  field: string;
  vocabulary: VocabularyKey;
  value: string;
}

/**
 * Values in vocabulary columns that are neither an id nor a name of the shared vocabulary: the
 * ones the first dry run refused, and those read in the browser (which also covers a column
 * whose mapping was just changed).
 */
export function unknownValues(
  sheets: SheetPreview[],
  template: Record<string, string[]>,
  warnings: ImportIssue[],
  errors: ImportIssue[],
  mapping: ImportMapping,
  vocab: Vocabularies,
): UnknownValue[] {
  const out: UnknownValue[] = [];
  const seen = new Set<string>();
  const add = (u: UnknownValue) => {
    const key = `${u.field}|${u.value.trim().toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(u);
  };
  // What the server refused in the first dry run (its column names are documented ones).
  for (const e of errors) {
    const value = unknownValueOf(e);
    const vocabulary = e.column ? vocabularyOf(e.sheet, e.column) : null;
    if (value && e.column && vocabulary) {
      add({ sheet: e.sheet, header: e.column, field: e.column, vocabulary, value });
    }
  }
  for (const s of sheets) {
    const fields = template[s.sheet] ?? [];
    s.headers.forEach((h, i) => {
      if (!h) return;
      const field = effectiveField(mapping, s.sheet, h, detectColumn(s.sheet, h, fields, warnings));
      const vocabulary = field ? vocabularyOf(s.sheet, field) : null;
      if (!field || !vocabulary) return;
      for (const value of s.distinct[i] ?? []) {
        if (!isKnownValue(value, vocab[vocabulary])) {
          add({ sheet: s.sheet, header: h, field, vocabulary, value });
        }
      }
    });
  }
  return out;
}
