import { useMemo, useState } from 'react';
import type {
  CouncilNotesQuery,
  CouncilNotesQueryVariables,
  NoteTargetKind,
} from '../../api/operations.generated';
import { useInterventions } from '../../state/useCouncilContext';
import { useNotesVersion } from '../../state/useDataVersion';
import { useQuery } from '../../state/useQuery';
import { useVocabularies } from '../../state/useVocabularies';
import { NotesSection } from '../detail/NotesSection';

const QUERY = `query CouncilNotes($c: ID!, $category: ID, $kind: NoteTargetKind, $from: String, $to: String, $search: String) {
  learningNotes(councilId: $c, categoryId: $category, targetKind: $kind, from: $from, to: $to, search: $search, limit: 500) {
    total items { id date text authorRole category { id name } target { id kind } }
  }
}`;

type Note = CouncilNotesQuery['learningNotes']['items'][number];

const KINDS: [NoteTargetKind, string][] = [
  ['COUNCIL', 'The council'],
  ['INTERVENTION', 'An intervention'],
  ['ORGANISATION', 'An organisation'],
  ['TEAM', 'A team'],
  ['PERSON', 'A person'],
  ['TIE', 'A tie'],
];

/**
 * Every learning note of the council in one list, newest first, filtered by category, what
 * it is about, period, author role and text (the API filters all but the role, which is read
 * off the notes). Notes on the council itself and on each intervention are added here too.
 */
export function NotesView({ councilId }: { councilId: string }) {
  const { vocab } = useVocabularies();
  const { interventions } = useInterventions(councilId);
  const [f, setF] = useState({
    category: '',
    kind: '' as NoteTargetKind | '',
    from: '',
    to: '',
    search: '',
    role: '',
  });
  const vars = {
    c: councilId,
    category: f.category || null,
    kind: f.kind || null,
    from: f.from || null,
    to: f.to || null,
    search: f.search.trim() || null,
  };
  const [notesVersion] = useNotesVersion(councilId);
  const q = useQuery<CouncilNotesQuery, CouncilNotesQueryVariables>(
    `all-notes:${JSON.stringify(vars)}`,
    QUERY,
    vars,
    notesVersion,
  );
  const notes = useMemo(
    () =>
      (q.data?.learningNotes.items ?? [])
        .filter((n) => !f.role || n.authorRole === f.role)
        .sort((a, b) => b.date.localeCompare(a.date)),
    [q.data, f.role],
  );
  const roles = [...new Set((q.data?.learningNotes.items ?? []).map((n) => n.authorRole))].sort();
  const interventionName = new Map(interventions.map((i) => [i.id, `${i.label} (${i.date})`]));
  const about = (n: Note) =>
    n.target.kind === 'COUNCIL'
      ? 'The council'
      : n.target.kind === 'INTERVENTION'
        ? `Intervention: ${interventionName.get(n.target.id) ?? n.target.id}`
        : `${n.target.kind.charAt(0)}${n.target.kind.slice(1).toLowerCase()} ${n.target.id}`;
  const set = (patch: Partial<typeof f>) => setF((s) => ({ ...s, ...patch }));
  return (
    <div className="notes-view" data-testid="notes-view">
      <h2>Learning notes</h2>
      <form className="map-controls" aria-label="Filter notes" onSubmit={(e) => e.preventDefault()}>
        <label>
          Category{' '}
          <select value={f.category} onChange={(e) => set({ category: e.target.value })}>
            <option value="">Any</option>
            {vocab.noteCategories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          About{' '}
          <select
            data-testid="notes-kind"
            value={f.kind}
            onChange={(e) => set({ kind: e.target.value as NoteTargetKind | '' })}
          >
            <option value="">Anything</option>
            {KINDS.map(([k, name]) => (
              <option key={k} value={k}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={f.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={f.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label>
          Author role{' '}
          <select value={f.role} onChange={(e) => set({ role: e.target.value })}>
            <option value="">Any</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Text{' '}
          <input
            type="search"
            data-testid="notes-search"
            value={f.search}
            onChange={(e) => set({ search: e.target.value })}
          />
        </label>
      </form>
      {q.status === 'loading' && <p role="status">Loading notes…</p>}
      {q.error && <p role="alert">Could not load the notes: {q.error.message}</p>}
      <p role="status" data-testid="notes-count">
        {notes.length} {notes.length === 1 ? 'note' : 'notes'}
      </p>
      <ul className="notes-list" data-testid="notes-list">
        {notes.map((n) => (
          <li key={n.id} data-kind={n.target.kind}>
            <strong>{n.category.name}</strong> · {n.date} · {n.authorRole} · {about(n)}
            <br />
            {n.text}
          </li>
        ))}
      </ul>
      <h3>Notes on the council as a whole</h3>
      <NotesSection councilId={councilId} kind="COUNCIL" id={councilId} vocab={vocab} />
      {interventions.map((i) => (
        <details key={i.id} className="intervention-notes">
          <summary>
            Notes on {i.label} ({i.date})
          </summary>
          <NotesSection councilId={councilId} kind="INTERVENTION" id={i.id} vocab={vocab} />
        </details>
      ))}
    </div>
  );
}
