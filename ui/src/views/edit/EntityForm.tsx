import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { SearchPicker } from './SearchPicker';
import {
  fieldErrors,
  inFieldWords,
  missingRequired,
  type FieldSpec,
  type FormValues,
} from '../../model/form';

interface Props {
  title: string;
  specs: FieldSpec[];
  initial: FormValues;
  submitLabel: string;
  /** Saves; throws ApiError on failure. Resolves with a short success message. */
  /** Saves; answers what to tell the user, in words (and a new record's id, kept off-screen). */
  onSubmit: (values: FormValues) => Promise<string | { message: string; id: string }>;
  onCancel: () => void;
  testId: string;
  /** API field names that stand for a form field, e.g. { fromId: 'from' }. */
  aliases?: Record<string, string>;
  /** The field to focus when the form opens (the first one left to fill in). */
  focus?: string;
}

/**
 * A form for one record. Errors from the API appear next to the field they name; nothing
 * typed is lost when a save fails (values live here until the form is closed).
 */
export function EntityForm(p: Props) {
  const id = useId();
  const [values, setValues] = useState<FormValues>(p.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<{ message: string; id?: string } | null>(null);
  const set = (name: string, v: string | boolean | string[]) =>
    setValues((s) => ({ ...s, [name]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const missing = missingRequired(p.specs, values);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    setSaving(true);
    p.onSubmit(values)
      .then((saved) => {
        setErrors({});
        setDone(typeof saved === 'string' ? { message: saved } : saved);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError) {
          const byField = fieldErrors(
            err.fields,
            p.specs.map((s) => s.name),
            p.aliases,
          );
          if (!Object.keys(byField).length) byField._form = err.message;
          else if (!byField._form && err.code !== 'BAD_USER_INPUT') byField._form = err.message;
          setErrors(
            Object.fromEntries(
              Object.entries(byField).map(([k, m]) => [k, inFieldWords(m, p.specs)]),
            ),
          );
        } else setErrors({ _form: String(err) });
      })
      .finally(() => setSaving(false));
  };

  return (
    <form
      className="entity-form"
      onSubmit={submit}
      noValidate
      data-testid={p.testId}
      aria-busy={saving}
    >
      <h3>{p.title}</h3>
      {errors._form && (
        <p role="alert" className="form-error" data-testid="form-error">
          {errors._form}
        </p>
      )}
      {p.specs.map((f) => {
        const fid = `${id}-${f.name}`;
        const err = errors[f.name];
        const common = {
          id: fid,
          name: f.name,
          'aria-invalid': err ? true : undefined,
          'aria-describedby': err ? `${fid}-error` : f.help ? `${fid}-help` : undefined,
          'data-field': f.name,
          autoFocus: p.focus === f.name || undefined,
        };
        const v = values[f.name];
        return (
          <div key={f.name} className={`field${err ? ' field-invalid' : ''}`}>
            <label htmlFor={fid}>
              {f.label}
              {f.required ? ' *' : ''}
            </label>
            {f.type === 'checkbox' ? (
              <input
                {...common}
                type="checkbox"
                checked={v === true}
                onChange={(e) => set(f.name, e.target.checked)}
              />
            ) : f.type === 'search' ? (
              <SearchPicker
                id={fid}
                value={typeof v === 'string' ? v : ''}
                options={f.options ?? []}
                onChange={(value) => set(f.name, value)}
                invalid={!!err}
                describedBy={common['aria-describedby']}
                dataField={f.name}
                autoFocus={p.focus === f.name}
              />
            ) : f.type === 'select' ? (
              <select
                {...common}
                value={typeof v === 'string' ? v : ''}
                onChange={(e) => set(f.name, e.target.value)}
              >
                {!f.required && <option value="">—</option>}
                {f.required && !v && <option value="">Choose…</option>}
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === 'multiselect' ? (
              <select
                {...common}
                multiple
                value={Array.isArray(v) ? v : []}
                onChange={(e) =>
                  set(
                    f.name,
                    [...e.target.selectedOptions].map((o) => o.value),
                  )
                }
              >
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === 'textarea' ? (
              <textarea
                {...common}
                rows={3}
                value={typeof v === 'string' ? v : ''}
                onChange={(e) => set(f.name, e.target.value)}
              />
            ) : (
              <input
                {...common}
                type={f.type}
                min={f.min}
                max={f.max}
                step={f.step}
                value={typeof v === 'string' ? v : ''}
                onChange={(e) => set(f.name, e.target.value)}
              />
            )}
            {f.help && !err && (
              <small id={`${fid}-help`} className="muted">
                {f.help}
              </small>
            )}
            {err && (
              <small
                id={`${fid}-error`}
                className="field-error"
                role="alert"
                data-testid={`error-${f.name}`}
              >
                {err}
              </small>
            )}
          </div>
        );
      })}
      <div className="form-actions">
        <button type="submit" disabled={saving} data-testid="form-submit">
          {saving ? 'Saving…' : p.submitLabel}
        </button>
        <button type="button" onClick={p.onCancel}>
          Close
        </button>
      </div>
      {done && (
        <p role="status" className="form-done" data-testid="form-done" data-record-id={done.id}>
          {done.message}
        </p>
      )}
    </form>
  );
}
