import { useState } from 'react';
import { valuesFrom, type FormValues } from '../../model/form';
import { useDataVersion } from '../../state/useDataVersion';
import { ApiBanner } from '../../shell/ApiBanner';
import { EntityForm } from '../edit/EntityForm';
import { createMoment, updateMoment } from './timeline-mutations';
import { INTERVENTION_SPECS, kindName, WAVE_SPECS } from './timeline-specs';
import { useTimelineRecords } from './useTimelineRecords';

/** Which form is open: a new record of a kind, or an existing one by id. */
type Open = { kind: 'Wave' | 'Intervention'; id: string | null } | null;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Editors and admins: the council's waves (rounds of data collection) and interventions
 * (milestones), listed with Edit, and forms to add them. Saving refreshes the timeline, the
 * moment picker and the map, because all of them read the council's data version.
 */
export function TimelineEditor({ councilId }: { councilId: string }) {
  const [expanded, setExpanded] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [version, bump] = useDataVersion(councilId);
  const records = useTimelineRecords(councilId, expanded, version);
  const wave =
    open?.kind === 'Wave' && open.id ? records.waves.find((w) => w.id === open.id) : null;
  const intervention =
    open?.kind === 'Intervention' && open.id
      ? records.interventions.find((i) => i.id === open.id)
      : null;
  const specs = open?.kind === 'Wave' ? WAVE_SPECS : INTERVENTION_SPECS;
  const record = wave ?? intervention ?? null;
  const initial: FormValues = record
    ? valuesFrom(specs, record)
    : open?.kind === 'Wave'
      ? { date: today() }
      : { date: today(), kind: 'OTHER' };
  const close = () => setOpen(null);
  const editButton = (kind: 'Wave' | 'Intervention', id: string, label: string) => (
    <button
      type="button"
      aria-label={`Edit ${label}`}
      data-testid={`edit-${kind.toLowerCase()}-${id}`}
      onClick={() => {
        setMessage(null);
        setOpen({ kind, id });
      }}
    >
      Edit
    </button>
  );

  return (
    <details
      className="timeline-editor"
      data-testid="timeline-editor"
      onToggle={(e) => setExpanded((e.target as HTMLDetailsElement).open)}
    >
      <summary data-testid="timeline-editor-toggle">Edit waves and interventions</summary>
      <ApiBanner error={records.error} />
      {expanded && (
        <div className="timeline-editor-body">
          <div className="timeline-editor-lists">
            <table className="data-table" data-testid="waves-table">
              <caption>Waves ({records.waves.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">Date</th>
                  <th scope="col">Method</th>
                  <th scope="col">Response rate</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {records.waves.map((w) => (
                  <tr key={w.id} data-wave-id={w.id}>
                    <td>{w.label}</td>
                    <td>{w.date}</td>
                    <td>{w.method}</td>
                    <td className="num">{w.responseRate ?? '—'}</td>
                    <td>{editButton('Wave', w.id, w.label)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="data-table" data-testid="interventions-table">
              <caption>Interventions ({records.interventions.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">Date</th>
                  <th scope="col">Kind</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {records.interventions.map((i) => (
                  <tr key={i.id} data-intervention-id={i.id}>
                    <td>{i.label}</td>
                    <td>{i.date}</td>
                    <td>{kindName(i.kind)}</td>
                    <td>{editButton('Intervention', i.id, i.label)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="button-row">
            <button
              type="button"
              data-testid="add-wave"
              onClick={() => {
                setMessage(null);
                setOpen({ kind: 'Wave', id: null });
              }}
            >
              Add wave
            </button>
            <button
              type="button"
              data-testid="add-intervention"
              onClick={() => {
                setMessage(null);
                setOpen({ kind: 'Intervention', id: null });
              }}
            >
              Add intervention
            </button>
          </div>
          {message && (
            <p role="status" className="form-done" data-testid="timeline-editor-done">
              {message}
            </p>
          )}
          {open && (open.id === null || record) && (
            <EntityForm
              key={`${open.kind}:${open.id ?? 'new'}`}
              title={
                record
                  ? `Edit ${open.kind.toLowerCase()} “${record.label}”`
                  : `New ${open.kind.toLowerCase()}`
              }
              testId={`${open.kind.toLowerCase()}-form`}
              specs={specs}
              initial={initial}
              submitLabel={`Save ${open.kind.toLowerCase()}`}
              onCancel={close}
              onSubmit={async (values) => {
                if (open.id === null) {
                  await createMoment(open.kind, councilId, specs, values);
                  bump();
                  setMessage(`${open.kind} “${String(values.label).trim()}” added.`);
                  close();
                  return '';
                }
                const changed = await updateMoment(
                  open.kind,
                  councilId,
                  open.id,
                  specs,
                  initial,
                  values,
                );
                if (changed) bump();
                return changed ? 'Saved.' : 'Nothing changed.';
              }}
            />
          )}
        </div>
      )}
    </details>
  );
}
