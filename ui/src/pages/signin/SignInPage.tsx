import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { SignInOptionsQuery } from '../../api/operations.generated';
import { safeNext, ssoStartUrl } from '../../model/routes';
import { signInError, signInNotice, ssoMessage } from '../../model/sign-in';
import { useQuery } from '../../state/useQuery';
import { UnreachableBanner } from '../../shell/ApiBanner';
import { SIGN_IN_OPTIONS, signIn } from './auth-api';
import { AuthCard } from './AuthCard';

/**
 * /signin?next=<path>: email and password (and single sign-on when configured). On success
 * the browser loads `next`, the exact URL the user was on, so the same view comes back.
 */
export function SignInPage() {
  const id = useId();
  const params = new URLSearchParams(window.location.search);
  const next = safeNext(params.get('next'));
  const sso = ssoMessage(params.get('sso'));
  const notice = signInNotice(params);
  const options = useQuery<SignInOptionsQuery>('signInOptions', SIGN_IN_OPTIONS, {});
  const ssoOption = options.data?.signInOptions.sso ?? null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(signInError('BAD_USER_INPUT', ''));
      return;
    }
    setBusy(true);
    setError(null);
    signIn(email.trim(), password)
      .then(() => window.location.replace(next))
      .catch((err: unknown) => {
        setBusy(false);
        setPassword('');
        setError(err instanceof ApiError ? signInError(err.code, err.message) : String(err));
      });
  };

  const errorId = `${id}-error`;
  return (
    <AuthCard title="Sign in">
      <UnreachableBanner />
      {notice && (
        <p role="status" className="auth-notice" data-testid="signin-notice">
          {notice}
        </p>
      )}
      {sso && (
        <p role="alert" className="form-error" data-testid="sso-message">
          {sso}
        </p>
      )}
      <form onSubmit={submit} noValidate data-testid="signin-form" aria-busy={busy}>
        {error && (
          <p role="alert" id={errorId} className="form-error" data-testid="signin-error">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-email`}>Email address</label>
          <input
            id={`${id}-email`}
            type="email"
            name="email"
            autoComplete="username"
            autoFocus
            required
            value={email}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="signin-email"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="signin-password"
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy} data-testid="signin-submit">
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      {ssoOption && (
        <div className="auth-sso">
          <p className="auth-or">or</p>
          <a
            className="button-link"
            href={ssoStartUrl(ssoOption.url, next)}
            data-testid="signin-sso"
          >
            {ssoOption.label}
          </a>
        </div>
      )}
      <p className="muted auth-help">
        Forgotten your password? Ask an administrator of your council for a reset link.
      </p>
    </AuthCard>
  );
}
