import { useState } from 'react';
import type {
  NoteTargetKind,
  OrganisationRecordQuery,
  PersonRecordQuery,
  PersonRecordQueryVariables,
  TeamRecordQuery,
} from '../../api/operations.generated';
import { changedFields, toInput, valuesFrom, type FieldSpec } from '../../model/form';
import type { Analysis, SnapshotNode } from '../../model/snapshot';
import { useAccess } from '../../state/useAccess';
import { useActors } from '../../state/useActors';
import { useCouncil } from '../../state/useCouncilContext';
import { useDataVersion } from '../../state/useDataVersion';
import { useQuery } from '../../state/useQuery';
import type { Vocabularies } from '../../state/useVocabularies';
import { EntityForm } from '../edit/EntityForm';
import { updateRecord } from '../edit/mutations';
import { offerUndoUpdate } from '../edit/undo';
import { organisationSpecs, personSpecs, teamSpecs } from '../edit/specs';
import { MetricList } from './MetricList';
import { NotesSection } from './NotesSection';

const RECORD: Record<string, string> = {
  PERSON: `query PersonRecord($c: ID!, $id: ID!) { record: person(councilId: $c, id: $id) { id pseudonym displayName roleTitle level blendedRole } }`,
  TEAM: `query TeamRecord($c: ID!, $id: ID!) { record: team(councilId: $c, id: $id) { id name typeId neighbourhoodId } }`,
  ORGANISATION: `query OrganisationRecord($c: ID!, $id: ID!) { record: organisation(councilId: $c, id: $id) { id name typeId sectorId neighbourhoodIds } }`,
};
// All three take the same variables, so PersonRecordQueryVariables types each call.
type RecordQuery = PersonRecordQuery | TeamRecordQuery | OrganisationRecordQuery;
const UPDATE: Record<string, 'updatePerson' | 'updateTeam' | 'updateOrganisation'> = {
  PERSON: 'updatePerson',
  TEAM: 'updateTeam',
  ORGANISATION: 'updateOrganisation',
};

interface Props {
  councilId: string;
  node: SnapshotNode;
  analysis: Analysis | null;
  /** The metrics are the previous moment's, while this one's are computed. */
  metricsStale?: boolean;
  values: Record<string, number | null> | null;
  names: Record<string, string>;
  vocab: Vocabularies;
  onAddTie?: (from: string) => void;
}

/** A node: its attributes, metrics (conventions explained), notes, and an edit form. */
export function NodeDetail({
  councilId,
  node,
  analysis,
  metricsStale = false,
  values,
  names,
  vocab,
  onAddTie,
}: Props) {
  const [editing, setEditing] = useState(false);
  const [version, bump] = useDataVersion(councilId);
  const { canEdit } = useAccess(councilId);
  const editable = node.kind in RECORD;
  const record = useQuery<RecordQuery, PersonRecordQueryVariables>(
    editing && editable ? `record:${node.id}` : null,
    RECORD[node.kind] ?? '',
    { c: councilId, id: node.id },
    version,
  );
  const council = useCouncil(councilId);
  const actors = useActors(councilId, false, version);
  const specs: FieldSpec[] =
    node.kind === 'PERSON'
      ? personSpecs(vocab, actors.teams, false)
      : node.kind === 'TEAM'
        ? teamSpecs(vocab, actors.organisations, council?.neighbourhoods ?? [], false)
        : organisationSpecs(vocab, council?.neighbourhoods ?? [], false);
  const name = (id: string | null) => (id ? (names[id] ?? id) : '—');
  const rows: [string, string][] = [
    ['Kind', node.kind.toLowerCase()],
    ['Team type', name(node.teamTypeId)],
    ['Organisation type', name(node.organisationTypeId)],
    ['Sector', name(node.sectorId)],
    ['Profession', name(node.professionId)],
    [
      'Neighbourhood',
      council?.neighbourhoods.find((n) => n.id === node.neighbourhoodId)?.name ??
        name(node.neighbourhoodId),
    ],
    ['Blended role', node.blendedRole ? 'yes' : 'no'],
    ['Actors it stands for', String(node.size)],
    ['Ties inside it', String(node.internalTies)],
  ];
  const initial = record.data ? valuesFrom(specs, record.data.record) : null;
  return (
    <div data-testid="node-detail">
      <h3>{node.label}</h3>
      <table className="data-table">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Metrics at this moment</h4>
      {metricsStale && values && (
        <p role="status" className="muted" data-testid="metrics-stale">
          Updating for the moment shown…
        </p>
      )}
      {values && analysis ? (
        <MetricList
          stale={metricsStale}
          values={values}
          conventions={analysis.conventions}
          undefinedMetrics={analysis.undefinedMetrics}
        />
      ) : (
        <p role="status">Computing metrics…</p>
      )}
      {editable && canEdit && onAddTie && (
        <button
          type="button"
          data-testid="add-tie-from"
          onClick={() => onAddTie(`${node.kind}:${node.id}`)}
        >
          Add a tie from {node.label}
        </button>
      )}{' '}
      {editable && canEdit && !editing && (
        <button type="button" data-testid="edit-node" onClick={() => setEditing(true)}>
          Edit {node.kind.toLowerCase()}
        </button>
      )}
      {editing && !initial && <p role="status">Loading the record…</p>}
      {editing && initial && (
        <EntityForm
          title={`Edit ${node.label}`}
          testId="node-form"
          specs={specs}
          initial={initial}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            const mutation = UPDATE[node.kind];
            const only = changedFields(initial, v);
            if (!only.length) return 'Nothing changed.';
            await updateRecord(
              mutation,
              councilId,
              node.id,
              toInput(specs, v, { nullEmpty: true, only }),
            );
            bump();
            offerUndoUpdate(
              mutation,
              councilId,
              node.id,
              toInput(specs, initial, { nullEmpty: true, only }),
              `${node.label} changed`,
            );
            return 'Saved.';
          }}
        />
      )}
      {editable && (
        // Editable nodes are people, teams and organisations: each a kind of note target.
        <NotesSection
          councilId={councilId}
          kind={node.kind as NoteTargetKind}
          id={node.id}
          vocab={vocab}
        />
      )}
    </div>
  );
}
