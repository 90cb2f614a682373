import { useState } from 'react';
import type { TieQuery, TieQueryVariables } from '../../api/operations.generated';
import { changedFields, toInput, valuesFrom } from '../../model/form';
import type { Wave } from '../../model/types';
import { useAccess } from '../../state/useAccess';
import { useDataVersion } from '../../state/useDataVersion';
import { useQuery } from '../../state/useQuery';
import type { Vocabularies } from '../../state/useVocabularies';
import { EntityForm } from '../edit/EntityForm';
import { deleteTie, endTie, updateRecord } from '../edit/mutations';
import { DELETE_TIE_SPECS, END_TIE_SPECS, enumWord, tieUpdateSpecs } from '../edit/specs';
import { offerUndoUpdate } from '../edit/undo';
import { NotesSection } from './NotesSection';

const FIELDS =
  'typeId strength frequency integrationLevel trust confidence source waveId directed validFrom validTo note';
const QUERY = `query Tie($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) {
  id version recordedAt from { name kind } to { name kind } ${FIELDS}
  history { version changedAt changedBy changeReason ${FIELDS} }
} }`;

type Tie = TieQuery['tie'];

/** One tie: attributes, its history (never overwritten), notes, edit and end forms. */
export function TieDetail(p: {
  councilId: string;
  tieId: string;
  vocab: Vocabularies;
  waves: Wave[];
  names: Record<string, string>;
}) {
  const [version, bump] = useDataVersion(p.councilId);
  const [form, setForm] = useState<'edit' | 'end' | 'delete' | null>(null);
  const [deleted, setDeleted] = useState(false);
  const { canEdit } = useAccess(p.councilId);
  const q = useQuery<TieQuery, TieQueryVariables>(
    `tie:${p.tieId}`,
    QUERY,
    { c: p.councilId, id: p.tieId },
    version,
  );
  const tie = q.data?.tie;
  if (q.status === 'error' && !tie)
    return <p role="alert">Could not load the tie: {q.error.message}</p>;
  if (deleted) {
    return (
      <p role="status" data-testid="tie-deleted">
        Tie deleted; the audit keeps it as it was, with your reason.
      </p>
    );
  }
  if (!tie) return <p role="status">Loading the tie…</p>;
  const specs = tieUpdateSpecs(p.vocab, p.waves);
  const initial = valuesFrom(specs, tie);
  return (
    <div data-testid="tie-detail">
      <table className="data-table" data-testid="tie-fields">
        <caption>
          {tie.from.name} {tie.directed ? '→' : '–'} {tie.to.name}
        </caption>
        <tbody>
          {tieRows(tie, p.names, p.waves).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>History</h4>
      {tie.history.length === 0 && <p className="muted">No earlier versions: never changed.</p>}
      <table className="data-table" data-testid="tie-history">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Changed</th>
            <th scope="col">Type, strength</th>
            <th scope="col">Valid</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {tie.history.map((h) => (
            <tr key={h.version}>
              <td>{h.version}</td>
              <td>{h.changedAt.slice(0, 10)}</td>
              <td>
                {p.names[h.typeId] ?? h.typeId}, {h.strength}
              </td>
              <td>
                {h.validFrom} – {h.validTo ?? 'open'}
              </td>
              <td>{h.changeReason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <div className="button-row">
          <button type="button" data-testid="edit-tie" onClick={() => setForm('edit')}>
            Edit tie
          </button>
          <button type="button" data-testid="end-tie" onClick={() => setForm('end')}>
            End tie
          </button>
          <button type="button" data-testid="delete-tie" onClick={() => setForm('delete')}>
            Delete tie…
          </button>
        </div>
      )}
      {canEdit && form === 'edit' && (
        <EntityForm
          title="Edit tie"
          testId="tie-edit-form"
          specs={specs}
          initial={initial}
          submitLabel="Save changes"
          onCancel={() => setForm(null)}
          onSubmit={async (v) => {
            const only = changedFields(initial, v);
            if (!only.length) return 'Nothing changed.';
            await updateRecord(
              'updateTie',
              p.councilId,
              tie.id,
              toInput(specs, v, { nullEmpty: true, only }),
            );
            bump();
            const restore = only.filter((f) => f !== 'changeReason');
            offerUndoUpdate(
              'updateTie',
              p.councilId,
              tie.id,
              toInput(specs, initial, { nullEmpty: true, only: restore }),
              `tie ${tie.from.name} – ${tie.to.name} changed`,
            );
            return 'Saved; the previous version is kept in the history.';
          }}
        />
      )}
      {canEdit && form === 'end' && (
        <EntityForm
          title="End tie"
          testId="tie-end-form"
          specs={END_TIE_SPECS}
          initial={{ validTo: new Date().toISOString().slice(0, 10), reason: '' }}
          submitLabel="End tie"
          onCancel={() => setForm(null)}
          onSubmit={async (v) => {
            await endTie(p.councilId, tie.id, v);
            bump();
            offerUndoUpdate(
              'updateTie',
              p.councilId,
              tie.id,
              { validTo: tie.validTo ?? null },
              `tie ${tie.from.name} – ${tie.to.name} ended`,
            );
            return 'Tie ended.';
          }}
        />
      )}
      {canEdit && form === 'delete' && (
        <EntityForm
          title="Delete tie (entered by mistake)"
          testId="tie-delete-form"
          specs={DELETE_TIE_SPECS}
          initial={{ reason: '' }}
          submitLabel="Delete tie"
          onCancel={() => setForm(null)}
          onSubmit={async (v) => {
            await deleteTie(p.councilId, tie.id, String(v.reason));
            setDeleted(true);
            bump();
            return 'Tie deleted.';
          }}
        />
      )}
      <NotesSection councilId={p.councilId} kind="TIE" id={tie.id} vocab={p.vocab} />
    </div>
  );
}

/** Every recorded field of a tie, in words (vocabulary names, wave labels). */
function tieRows(tie: Tie, names: Record<string, string>, waves: Wave[]): [string, string][] {
  return [
    ['Type', names[tie.typeId] ?? tie.typeId],
    ['From', `${tie.from.name} (${tie.from.kind.toLowerCase()})`],
    ['To', `${tie.to.name} (${tie.to.kind.toLowerCase()})`],
    ['Direction', tie.directed ? 'directed, from → to' : 'undirected'],
    ['Strength (1–5)', String(tie.strength)],
    ['Frequency', enumWord(tie.frequency)],
    ['Integration level (1–7)', String(tie.integrationLevel)],
    ['Trust (1–5)', tie.trust === null ? 'not recorded' : String(tie.trust)],
    ['Confidence (0–1)', String(tie.confidence)],
    ['Source', enumWord(tie.source)],
    ['Wave', waves.find((w) => w.id === tie.waveId)?.label ?? (tie.waveId ? tie.waveId : 'none')],
    ['Valid', `from ${tie.validFrom}${tie.validTo ? ` until ${tie.validTo}` : ', still open'}`],
    ['Recorded', `${tie.recordedAt.slice(0, 10)} (version ${tie.version})`],
    ['Note', tie.note ?? '—'],
  ];
}
