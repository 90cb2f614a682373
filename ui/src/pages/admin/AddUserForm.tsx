import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { COUNCIL_ROLES, ROLE_HELP, ROLE_NAMES, type CouncilRole } from '../../model/access';
import { createResetLink, createUser, type ResetLink } from './admin-api';

interface Props {
  councilId: string;
  councilName: string;
  onClose: () => void;
  /** `link` is the new user's password link when no password was set here. */
  onAdded: (name: string, role: CouncilRole, link: ResetLink | null) => void;
}

type Key = 'email' | 'name' | 'password' | 'role';

/** A new account with a role in this council; without a password, a link to choose one. */
export function AddUserForm(p: Props) {
  const id = useId();
  const [v, setV] = useState({ email: '', name: '', password: '', role: 'VIEWER' as CouncilRole });
  const [errors, setErrors] = useState<Partial<Record<Key | '_form', string>>>({});
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    const password = v.password ? v.password : undefined;
    createUser({
      email: v.email.trim(),
      name: v.name.trim(),
      password,
      councilId: p.councilId,
      role: v.role,
    })
      .then(async (user) => {
        const link = password ? null : await createResetLink(user.id);
        setV({ email: '', name: '', password: '', role: v.role });
        p.onAdded(user.name, v.role, link);
      })
      .catch((err: unknown) => {
        if (!(err instanceof ApiError)) {
          setErrors({ _form: String(err) });
          return;
        }
        const out: Partial<Record<Key | '_form', string>> = {};
        for (const f of err.fields) {
          const key = (['email', 'name', 'password', 'role'] as const).find((k) =>
            f.field.endsWith(k),
          );
          out[key ?? '_form'] = f.message;
        }
        setErrors(Object.keys(out).length ? out : { _form: err.message });
      })
      .finally(() => setBusy(false));
  };

  const field = (k: Exclude<Key, 'role'>, label: string, type: string, help?: string) => (
    <div className={`field${errors[k] ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${k}`}>{label}</label>
      <input
        id={`${id}-${k}`}
        type={type}
        autoComplete={k === 'password' ? 'new-password' : 'off'}
        value={v[k]}
        aria-invalid={errors[k] ? true : undefined}
        aria-describedby={errors[k] ? `${id}-${k}-error` : help ? `${id}-${k}-help` : undefined}
        onChange={(e) => setV((s) => ({ ...s, [k]: e.target.value }))}
        data-field={k}
      />
      {help && !errors[k] && (
        <small id={`${id}-${k}-help`} className="muted">
          {help}
        </small>
      )}
      {errors[k] && (
        <small id={`${id}-${k}-error`} role="alert" className="field-error">
          {errors[k]}
        </small>
      )}
    </div>
  );

  return (
    <form className="entity-form" onSubmit={submit} noValidate data-testid="add-user-form">
      <h3>Add a user to {p.councilName}</h3>
      {errors._form && (
        <p role="alert" className="form-error">
          {errors._form}
        </p>
      )}
      {field('email', 'Email address *', 'email')}
      {field('name', 'Name *', 'text')}
      <div className="field">
        <label htmlFor={`${id}-role`}>Role *</label>
        <select
          id={`${id}-role`}
          value={v.role}
          aria-describedby={`${id}-role-help`}
          onChange={(e) => setV((s) => ({ ...s, role: e.target.value as CouncilRole }))}
          data-field="role"
        >
          {COUNCIL_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
        </select>
        <small id={`${id}-role-help`} className="muted">
          {ROLE_NAMES[v.role]}: {ROLE_HELP[v.role]}.
        </small>
      </div>
      {field(
        'password',
        'First password (optional)',
        'password',
        'Leave it empty to get a one-time link instead, for them to choose their own.',
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="form-submit">
          {busy ? 'Adding…' : 'Add user'}
        </button>
        <button type="button" onClick={p.onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
