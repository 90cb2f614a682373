import { useId, useState, type FormEvent } from 'react';
import { ApiError, gql } from '../api/client';
import type {
  CreateCouncilMutation,
  CreateCouncilMutationVariables,
} from '../api/operations.generated';
import { createCouncilInput, neighbourhoodNames } from '../model/council-form';

interface Props {
  onCreated: (councilId: string) => void;
  onClose: () => void;
}

/** System admins: a council with a name, a region and its neighbourhoods. */
export function NewCouncilForm({ onCreated, onClose }: Props) {
  const id = useId();
  const [values, setValues] = useState({ name: '', region: '', neighbourhoods: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof values, v: string) => setValues((s) => ({ ...s, [k]: v }));
  const hoods = neighbourhoodNames(values.neighbourhoods);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!values.name.trim()) {
      setErrors({ name: 'Give the council a name.' });
      return;
    }
    setBusy(true);
    gql<CreateCouncilMutation, CreateCouncilMutationVariables>(
      'mutation CreateCouncil($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }',
      { i: createCouncilInput(values) },
    )
      .then((res) => onCreated(res.createCouncil.id))
      .catch((err: unknown) => {
        setBusy(false);
        if (!(err instanceof ApiError)) {
          setErrors({ _form: String(err) });
          return;
        }
        const out: Record<string, string> = {};
        for (const f of err.fields) {
          const key = ['name', 'region'].find((k) => f.field.endsWith(k)) ?? 'neighbourhoods';
          out[key] = out[key] ? `${out[key]} ${f.message}` : f.message;
        }
        setErrors(Object.keys(out).length ? out : { _form: err.message });
      });
  };

  const field = (k: 'name' | 'region', label: string, required = false) => (
    <div className={`field${errors[k] ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${k}`}>
        {label}
        {required ? ' *' : ''}
      </label>
      <input
        id={`${id}-${k}`}
        value={values[k]}
        aria-invalid={errors[k] ? true : undefined}
        aria-describedby={errors[k] ? `${id}-${k}-error` : undefined}
        onChange={(e) => set(k, e.target.value)}
        data-field={k}
      />
      {errors[k] && (
        <small id={`${id}-${k}-error`} className="field-error" role="alert">
          {errors[k]}
        </small>
      )}
    </div>
  );

  return (
    <form
      className="entity-form new-council-form"
      onSubmit={submit}
      noValidate
      data-testid="new-council-form"
      aria-busy={busy}
    >
      <h2>New council</h2>
      {errors._form && (
        <p role="alert" className="form-error">
          {errors._form}
        </p>
      )}
      {field('name', 'Name', true)}
      {field('region', 'Region')}
      <div className={`field${errors.neighbourhoods ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-hoods`}>Neighbourhoods</label>
        <textarea
          id={`${id}-hoods`}
          rows={4}
          value={values.neighbourhoods}
          aria-describedby={`${id}-hoods-help`}
          aria-invalid={errors.neighbourhoods ? true : undefined}
          onChange={(e) => set('neighbourhoods', e.target.value)}
          data-field="neighbourhoods"
        />
        <small id={`${id}-hoods-help`} className={errors.neighbourhoods ? 'field-error' : 'muted'}>
          {errors.neighbourhoods ??
            `One per line${hoods.length ? ` (${hoods.length}: ${hoods.join(', ')})` : ''}.`}
        </small>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="form-submit">
          {busy ? 'Creating…' : 'Create council'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
