import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { expiryBounds, type ApiToken } from '../../model/tokens';
import { createToken } from './tokens-api';

/** Name and expiry of a new token; hands the one-time secret to the page. */
export function TokenCreateForm(p: { onCreated: (token: ApiToken, secret: string) => void }) {
  const id = useId();
  const bounds = expiryBounds(new Date().toISOString().slice(0, 10));
  const [name, setName] = useState('');
  const [expires, setExpires] = useState(bounds.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setErrors({ name: 'Give the token a name you will recognise, e.g. "R analysis".' });
      return;
    }
    setBusy(true);
    setErrors({});
    createToken(name.trim(), expires)
      .then(({ token, secret }) => {
        setName('');
        p.onCreated(token, secret);
      })
      .catch((err: unknown) => {
        if (!(err instanceof ApiError)) {
          setErrors({ _form: String(err) });
          return;
        }
        const out: Record<string, string> = {};
        for (const f of err.fields)
          out[f.field.endsWith('name') ? 'name' : 'expiresAt'] = f.message;
        setErrors(Object.keys(out).length ? out : { _form: err.message });
      })
      .finally(() => setBusy(false));
  };

  const described = (k: string, help?: string) =>
    [errors[k] ? `${id}-${k}-error` : null, help].filter(Boolean).join(' ') || undefined;
  return (
    <form className="entity-form token-form" onSubmit={submit} noValidate data-testid="token-form">
      <h2>New token</h2>
      {errors._form && (
        <p role="alert" className="form-error">
          {errors._form}
        </p>
      )}
      <div className={`field${errors.name ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-name`}>Name *</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described('name')}
          onChange={(e) => setName(e.target.value)}
          data-field="name"
        />
        {errors.name && (
          <small id={`${id}-name-error`} role="alert" className="field-error">
            {errors.name}
          </small>
        )}
      </div>
      <div className={`field${errors.expiresAt ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-expires`}>Expires on *</label>
        <input
          id={`${id}-expires`}
          type="date"
          min={bounds.min}
          max={bounds.max}
          value={expires}
          aria-invalid={errors.expiresAt ? true : undefined}
          aria-describedby={described('expiresAt', `${id}-expires-help`)}
          onChange={(e) => setExpires(e.target.value)}
          data-field="expiresAt"
        />
        <small id={`${id}-expires-help`} className="muted">
          At most a year ahead. The token stops working at the start of that day (UTC).
        </small>
        {errors.expiresAt && (
          <small id={`${id}-expiresAt-error`} role="alert" className="field-error">
            {errors.expiresAt}
          </small>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="form-submit">
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}
