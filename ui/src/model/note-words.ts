/** How note counts read, wherever they are shown (map badge, timeline markers). */

/** "1 note", "3 notes". */
export function notesText(n: number): string {
  return `${n} ${n === 1 ? 'note' : 'notes'}`;
}

/** "1 learning note", "3 learning notes". */
export function learningNotesText(n: number): string {
  return `${n} learning ${n === 1 ? 'note' : 'notes'}`;
}

/** The badge beside the selected actor: null when it has no notes. */
export function noteBadge(n: number | undefined): string | null {
  return n ? `✎ ${notesText(n)}` : null;
}
