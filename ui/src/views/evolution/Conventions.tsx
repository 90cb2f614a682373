import {
  conventionSummary,
  conventionText,
  type MetricConvention,
} from '../../model/comparison-metrics';

export interface Footnote {
  key: string;
  label: string;
  convention: MetricConvention | null;
}

function noteId(scope: string, key: string): string {
  return `${scope}-note-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/**
 * A footnote marker after a number's label: hover shows the convention, and the link jumps to
 * the footnote so keyboard and screen-reader users read it too.
 */
export function ConventionRef({
  scope,
  index,
  note,
}: {
  scope: string;
  index: number;
  note: Footnote;
}) {
  if (!note.convention) return null;
  return (
    <sup className="iw-note-ref">
      <a
        href={`#${noteId(scope, note.key)}`}
        title={conventionText(note.convention)}
        aria-label={`How ${note.label} is computed (note ${index + 1})`}
      >
        {index + 1}
      </a>
    </sup>
  );
}

/** The conventions behind the numbers above, numbered as their markers. */
export function ConventionList({
  scope,
  notes,
  heading = 'How these numbers are computed',
}: {
  scope: string;
  notes: readonly Footnote[];
  heading?: string;
}) {
  const shown = notes.filter((n) => n.convention !== null);
  if (shown.length === 0) return null;
  return (
    <details className="iw-notes" data-testid={`${scope}-conventions`} open>
      <summary>{heading}</summary>
      <ol>
        {notes.map((n) =>
          n.convention ? (
            <li key={n.key} id={noteId(scope, n.key)} value={notes.indexOf(n) + 1}>
              <strong>{n.label}</strong>: {n.convention.description}{' '}
              <span className="iw-note-meta">
                ({conventionSummary(n.convention)}; reference: {n.convention.reference})
              </span>
            </li>
          ) : null,
        )}
      </ol>
    </details>
  );
}
