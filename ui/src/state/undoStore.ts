import { useSyncExternalStore } from 'react';

/**
 * The last edit made in this tab, and how to take it back. One level, as in most editors'
 * first undo: it is replaced by the next edit and cleared once undone. Kept per tab, not per
 * user: an edit made elsewhere is not this tab's to undo.
 */
export interface LastEdit {
  councilId: string;
  /** What was done, in words ("Tie from Pat to Sam added"). */
  label: string;
  /** Writes the reverse; throws ApiError when the API refuses (e.g. notes now refer to it). */
  undo: () => Promise<void>;
  /** Tells edits apart (the same words can describe two edits). */
  n: number;
}

let last: LastEdit | null = null;
let counter = 0;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

export function recordEdit(edit: Omit<LastEdit, 'n'>): void {
  counter += 1;
  last = { ...edit, n: counter };
  emit();
}

/** Forgets `edit` if it is still the last one (after it was undone, or can no longer be). */
export function forgetEdit(edit: LastEdit): void {
  if (last?.n !== edit.n) return;
  last = null;
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The last edit in this council, or null. */
export function useLastEdit(councilId: string): LastEdit | null {
  const edit = useSyncExternalStore(subscribe, () => last);
  return edit?.councilId === councilId ? edit : null;
}
