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
  value: string;
  /** What it may be mapped to: the vocabulary's terms, or the values the server allows. */
  choices: { id: string; name: string }[];
}

const termsOf = (vocab: Vocabularies, key: VocabularyKey) =>
  vocab[key].map((t) => ({ id: t.id, name: t.name }));

/**
 * Values the server or the browser does not know: those the first dry run refused (in any
 * column with a list of allowed values: the shared vocabularies, levels, frequencies,
 * neighbourhoods ...), and those of vocabulary columns read in the browser (which also covers
 * a column whose mapping was just changed).
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
    const choices = vocabulary
      ? termsOf(vocab, vocabulary)
      : (e.allowed ?? []).map((a) => ({ id: a, name: a }));
    if (value && e.column && choices.length) {
      add({ sheet: e.sheet, header: e.column, field: e.column, value, choices });
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
          add({ sheet: s.sheet, header: h, field, value, choices: termsOf(vocab, vocabulary) });
        }
      }
    });
  }
  return out;
}
