import type { SheetName } from './sheets';

/** A stored record as the import compares it: its id, its key and its fields by column. */
export interface StoredRecord {
  id: string;
  /** What a file row's id matches: the record's externalId, else its own id. */
  key: string;
  /** The record's values under the sheet's column names; references as record ids. */
  fields: Record<string, unknown>;
}

export type StoredState = Map<SheetName, StoredRecord[]>;
