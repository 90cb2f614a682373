import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { newPasswordProblem, PASSWORD_MIN, resetToken } from '../../model/sign-in';
import { AuthCard } from './AuthCard';
import { resetPassword } from './auth-api';

/**
 * /reset-password#token=<secret>: the link an admin passed on. The secret sits in the
 * fragment (never sent to a server); it is read once and taken out of the address bar.
 */
export function ResetPasswordPage() {
  const id = useId();
  const [token] = useState(() => resetToken(window.location.hash));
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(null, '', window.location.pathname);
    }
  }, []);

  if (!token) {
    return (
      <AuthCard title="Choose a new password">
        <p role="alert" className="form-error" data-testid="reset-error">
          This link is incomplete: it has no reset code. Copy the whole link you were given, or ask
          an administrator for a new one.
        </p>
        <p>
          <a href="/signin">Go to sign in</a>
        </p>
      </AuthCard>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = newPasswordProblem(password, again);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    resetPassword(token, password)
      .then(() => window.location.replace('/signin?reset=done'))
      .catch((err: unknown) => {
        setBusy(false);
        const fields = err instanceof ApiError ? err.fields.map((f) => f.message) : [];
        const message = err instanceof ApiError ? err.message : String(err);
        setError(fields.length ? capitalise(fields.join('; ')) : message);
      });
  };

  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  return (
    <AuthCard title="Choose a new password">
      <form onSubmit={submit} noValidate data-testid="reset-form" aria-busy={busy}>
        {error && (
          <p role="alert" id={errorId} className="form-error" data-testid="reset-error">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-new`}>New password</label>
          <input
            id={`${id}-new`}
            type="password"
            autoComplete="new-password"
            autoFocus
            value={password}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${helpId}` : helpId}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="reset-password"
          />
          <small id={helpId} className="muted">
            At least {PASSWORD_MIN} characters. A few unrelated words make a good one.
          </small>
        </div>
        <div className="field">
          <label htmlFor={`${id}-again`}>New password again</label>
          <input
            id={`${id}-again`}
            type="password"
            autoComplete="new-password"
            value={again}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setAgain(e.target.value)}
            data-testid="reset-password-again"
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy} data-testid="reset-submit">
            {busy ? 'Saving…' : 'Set password'}
          </button>
        </div>
      </form>
    </AuthCard>
  );
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
