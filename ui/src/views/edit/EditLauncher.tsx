import { useState } from 'react';
import type { FormValues } from '../../model/form';
import { toInput } from '../../model/form';
import type { UnionNetwork } from '../../model/timeline';
import type { Wave } from '../../model/types';
import { useActors } from '../../state/useActors';
import { useCouncil } from '../../state/useCouncilContext';
import { useDataVersion } from '../../state/useDataVersion';
import type { Vocabularies } from '../../state/useVocabularies';
import { EntityForm } from './EntityForm';
import { createRecord, createTie } from './mutations';
import { organisationSpecs, personSpecs, teamSpecs, tieCreateSpecs } from './specs';
import { UndoBar } from './UndoBar';
import { offerUndoCreate } from './undo';

type Open = 'tie' | 'person' | 'team' | 'organisation' | null;

/** A tie begun elsewhere (the selected node, a missing connection); `n` tells drafts apart. */
export interface TieDraft {
  from: string;
  to?: string;
  typeId?: string;
  n: number;
}

/** "Add" buttons and their forms; a successful save refreshes the map. */
export function EditLauncher(p: {
  councilId: string;
  union: UnionNetwork | null;
  vocab: Vocabularies;
  names: Record<string, string>;
  waves: Wave[];
  /** The date of the moment in view: what new records are valid from unless changed. */
  viewDate: string;
  draft?: TieDraft | null;
}) {
  const [open, setOpen] = useState<Open>(null);
  // A new draft opens the tie form afresh, filled in from it (state adjusted while
  // rendering, as React advises for state that follows a prop).
  const [drafted, setDrafted] = useState(0);
  if (p.draft && p.draft.n !== drafted) {
    setDrafted(p.draft.n);
    setOpen('tie');
  }
  const draft = p.draft && p.draft.n === drafted ? p.draft : null;
  const [version, bump] = useDataVersion(p.councilId);
  const actors = useActors(p.councilId, open !== null, version, p.names);
  const council = useCouncil(p.councilId);
  const hoods = council?.neighbourhoods ?? [];
  const close = () => setOpen(null);

  return (
    <section className="edit-launcher" aria-label="Add records">
      <UndoBar councilId={p.councilId} />
      <div className="button-row">
        {(['tie', 'person', 'team', 'organisation'] as const).map((k) => (
          <button
            key={k}
            type="button"
            aria-expanded={open === k}
            data-testid={`add-${k}`}
            onClick={() => setOpen(open === k ? null : k)}
          >
            Add {k}
          </button>
        ))}
      </div>
      {open === 'tie' && (
        <EntityForm
          key={`tie-${drafted}`}
          title="New tie"
          testId="tie-form"
          specs={tieCreateSpecs(p.vocab, p.waves, actors.all)}
          initial={{
            strength: '3',
            frequency: 'MONTHLY',
            integrationLevel: '4',
            confidence: '0.8',
            source: 'OBSERVED',
            validFrom: p.viewDate,
            directed: false,
            ...(draft?.from ? { from: draft.from } : {}),
            ...(draft?.to ? { to: draft.to } : {}),
            ...(draft?.typeId ? { typeId: draft.typeId } : {}),
          }}
          focus={draft ? (draft.to ? 'typeId' : 'to') : undefined}
          aliases={{ fromId: 'from', fromKind: 'from', toId: 'to', toKind: 'to' }}
          submitLabel="Save tie"
          onCancel={close}
          onSubmit={async (values: FormValues) => {
            const id = await createTie(
              p.councilId,
              tieCreateSpecs(p.vocab, p.waves, actors.all),
              values,
            );
            bump();
            const name = (value: unknown) =>
              actors.all.find((a) => a.value === value)?.label ?? 'the chosen actor';
            offerUndoCreate(
              'tie',
              p.councilId,
              id,
              `tie from ${name(values.from)} to ${name(values.to)} added`,
            );
            return {
              id,
              message: `Tie from ${name(values.from)} to ${name(values.to)} saved; the map shows it from ${String(values.validFrom)}.`,
            };
          }}
        />
      )}
      {open === 'person' && (
        <EntityForm
          key="person"
          title="New person"
          testId="person-form"
          specs={personSpecs(p.vocab, actors.teams, true)}
          initial={{ level: 'FRONTLINE', validFrom: p.viewDate, blendedRole: false }}
          submitLabel="Save person"
          onCancel={close}
          onSubmit={async (values) => {
            const id = await createRecord(
              'createPerson',
              p.councilId,
              toInput(personSpecs(p.vocab, actors.teams, true), values),
            );
            bump();
            offerUndoCreate('person', p.councilId, id, `${String(values.pseudonym)} added`);
            return { id, message: `${String(values.pseudonym)} saved (a new person).` };
          }}
        />
      )}
      {open === 'team' && (
        <EntityForm
          key="team"
          title="New team"
          testId="team-form"
          specs={teamSpecs(p.vocab, actors.organisations, hoods, true)}
          initial={{ validFrom: p.viewDate }}
          submitLabel="Save team"
          onCancel={close}
          onSubmit={async (values) => {
            const id = await createRecord(
              'createTeam',
              p.councilId,
              toInput(teamSpecs(p.vocab, actors.organisations, hoods, true), values),
            );
            bump();
            offerUndoCreate('team', p.councilId, id, `team ${String(values.name)} added`);
            return { id, message: `Team ${String(values.name)} saved.` };
          }}
        />
      )}
      {open === 'organisation' && (
        <EntityForm
          key="organisation"
          title="New organisation"
          testId="organisation-form"
          specs={organisationSpecs(p.vocab, hoods, true)}
          initial={{ validFrom: p.viewDate, neighbourhoodIds: [] }}
          submitLabel="Save organisation"
          onCancel={close}
          onSubmit={async (values) => {
            const id = await createRecord(
              'createOrganisation',
              p.councilId,
              toInput(organisationSpecs(p.vocab, hoods, true), values),
            );
            bump();
            offerUndoCreate(
              'organisation',
              p.councilId,
              id,
              `organisation ${String(values.name)} added`,
            );
            return { id, message: `Organisation ${String(values.name)} saved.` };
          }}
        />
      )}
    </section>
  );
}
