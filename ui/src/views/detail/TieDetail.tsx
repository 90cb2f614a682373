import { useState } from 'react';
import { changedFields, toInput, valuesFrom } from '../../model/form';
import type { Wave } from '../../model/types';
import { useAccess } from '../../state/useAccess';
import { useDataVersion } from '../../state/useDataVersion';
import { useQuery } from '../../state/useQuery';
import type { Vocabularies } from '../../state/useVocabularies';
import { EntityForm } from '../edit/EntityForm';
import { endTie, updateRecord } from '../edit/mutations';
import { END_TIE_SPECS, tieUpdateSpecs } from '../edit/specs';
import { NotesSection } from './NotesSection';

const FIELDS =
  'typeId strength frequency integrationLevel trust confidence source waveId directed validFrom validTo note';
const QUERY = `query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) {
  id version recordedAt ${FIELDS}
  history { version changedAt changedBy changeReason ${FIELDS} }
} }`;

interface TieVersion extends Record<string, unknown> {
  version: number;
  changedAt: string;
  changedBy: string;
  changeReason: string | null;
  typeId: string;
  strength: number;
  validFrom: string;
  validTo: string | null;
}
interface Tie extends Record<string, unknown> {
  id: string;
  version: number;
  strength: number;
  typeId: string;
  validFrom: string;
  validTo: string | null;
  history: TieVersion[];
}

/** One tie: attributes, its history (never overwritten), notes, edit and end forms. */
export function TieDetail(p: {
  councilId: string;
  tieId: string;
  vocab: Vocabularies;
  waves: Wave[];
  names: Record<string, string>;
}) {
  const [version, bump] = useDataVersion(p.councilId);
  const [form, setForm] = useState<'edit' | 'end' | null>(null);
  const { canEdit } = useAccess(p.councilId);
  const q = useQuery<{ tie: Tie }>(
    `tie:${p.tieId}`,
    QUERY,
    { c: p.councilId, id: p.tieId },
    version,
  );
  const tie = q.data?.tie;
  if (q.status === 'error' && !tie)
    return <p role="alert">Could not load the tie: {q.error.message}</p>;
  if (!tie) return <p role="status">Loading the tie…</p>;
  const specs = tieUpdateSpecs(p.vocab, p.waves);
  const initial = valuesFrom(specs, tie);
  return (
    <div data-testid="tie-detail">
      <p>
        Tie {tie.id}, version {tie.version}: valid from {tie.validFrom}
        {tie.validTo ? ` to ${tie.validTo}` : ', still open'}; strength {tie.strength}.
      </p>
      <h4>History</h4>
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
              'UpdateTieInput',
              p.councilId,
              tie.id,
              toInput(specs, v, { nullEmpty: true, only }),
            );
            bump();
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
            return 'Tie ended.';
          }}
        />
      )}
      <NotesSection councilId={p.councilId} kind="TIE" id={tie.id} vocab={p.vocab} />
    </div>
  );
}
