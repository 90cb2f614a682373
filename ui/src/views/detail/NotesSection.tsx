import { useState } from 'react';
import type {
  NoteTargetKind,
  TargetNotesQuery,
  TargetNotesQueryVariables,
} from '../../api/operations.generated';
import { noteSpecs } from '../edit/specs';
import { EntityForm } from '../edit/EntityForm';
import { createNote } from '../edit/mutations';
import { useAccess } from '../../state/useAccess';
import { useNotesVersion } from '../../state/useDataVersion';
import { useQuery } from '../../state/useQuery';
import type { Vocabularies } from '../../state/useVocabularies';

const QUERY = `query TargetNotes($c: ID!, $k: NoteTargetKind!, $id: ID!) {
  learningNotes(councilId: $c, targetKind: $k, targetId: $id, limit: 100) { items { id date text authorRole category { id name } } }
}`;

/** Learning notes about a record, and a form to add one. */
export function NotesSection(p: {
  councilId: string;
  kind: NoteTargetKind;
  id: string;
  vocab: Vocabularies;
}) {
  // Shared with the council's notes view and the note counts, which refetch after a save.
  const [reload, bumpNotes] = useNotesVersion(p.councilId);
  const [adding, setAdding] = useState(false);
  const { canEdit } = useAccess(p.councilId);
  const q = useQuery<TargetNotesQuery, TargetNotesQueryVariables>(
    `notes:${p.kind}:${p.id}`,
    QUERY,
    { c: p.councilId, k: p.kind, id: p.id },
    reload,
  );
  const notes = q.data?.learningNotes.items ?? [];
  const specs = noteSpecs(p.vocab);
  return (
    <section
      className="notes"
      aria-label="Learning notes"
      aria-busy={q.status === 'loading'}
      data-testid="notes-section"
    >
      <h4>Learning notes ({notes.length})</h4>
      {q.status === 'loading' && !q.data && <p role="status">Loading notes…</p>}
      <ul data-testid="notes">
        {notes.map((n) => (
          <li key={n.id}>
            <strong>{n.category.name}</strong> · {n.date} · {n.authorRole}
            <br />
            {n.text}
          </li>
        ))}
      </ul>
      {!canEdit ? null : adding ? (
        <EntityForm
          title="New learning note"
          testId="note-form"
          specs={specs}
          initial={{ date: new Date().toISOString().slice(0, 10) }}
          submitLabel="Save note"
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            await createNote(p.councilId, { kind: p.kind, id: p.id }, specs, values);
            bumpNotes();
            return 'Note saved.';
          }}
        />
      ) : (
        <button type="button" data-testid="add-note" onClick={() => setAdding(true)}>
          Add a learning note
        </button>
      )}
    </section>
  );
}
