import {
  detectColumn,
  effectiveField,
  isKnownValue,
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

/** Values in vocabulary columns that are neither an id nor a name of the shared vocabulary. */
export function unknownValues(
  sheets: SheetPreview[],
  template: Record<string, string[]>,
  warnings: ImportIssue[],
  mapping: ImportMapping,
  vocab: Vocabularies,
): UnknownValue[] {
  const out: UnknownValue[] = [];
  for (const s of sheets) {
    const fields = template[s.sheet] ?? [];
    s.headers.forEach((h, i) => {
      if (!h) return;
      const field = effectiveField(mapping, s.sheet, h, detectColumn(s.sheet, h, fields, warnings));
      const vocabulary = field ? vocabularyOf(s.sheet, field) : null;
      if (!field || !vocabulary) return;
      for (const value of s.distinct[i] ?? []) {
        if (!isKnownValue(value, vocab[vocabulary])) {
          out.push({ sheet: s.sheet, header: h, field, vocabulary, value });
        }
      }
    });
  }
  return out;
}
