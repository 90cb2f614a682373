/**
 * How each kind of edit is taken back, for the undo store (state/undoStore.ts): a record just
 * added is deleted (the API keeps the audit of both), a change is written back with the
 * values the form started from, an ended tie is reopened. A hard delete is not undoable: it
 * already asks for a reason and says it cannot be taken back.
 */
import { recordEdit } from '../../state/undoStore';
import { deleteRecord, deleteTie, updateRecord } from './mutations';

type Kind = 'tie' | 'person' | 'team' | 'organisation';

const DELETE = {
  person: 'deletePerson',
  team: 'deleteTeam',
  organisation: 'deleteOrganisation',
} as const;

/** After a create: undo deletes it. */
export function offerUndoCreate(kind: Kind, councilId: string, id: string, label: string): void {
  recordEdit({
    councilId,
    label,
    undo: () =>
      kind === 'tie'
        ? deleteTie(councilId, id, 'Undo: added by mistake a moment ago')
        : deleteRecord(DELETE[kind], councilId, id),
  });
}

/** After an update: undo writes back the fields it changed, as they were. */
export function offerUndoUpdate(
  mutation: Parameters<typeof updateRecord>[0],
  councilId: string,
  id: string,
  previous: Record<string, unknown>,
  label: string,
): void {
  const input =
    mutation === 'updateTie'
      ? { ...previous, changeReason: 'Undo of the previous change' }
      : previous;
  recordEdit({ councilId, label, undo: () => updateRecord(mutation, councilId, id, input) });
}
