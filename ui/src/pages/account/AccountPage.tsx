import { useId, useState, type FormEvent } from 'react';
import { ApiError, gql } from '../../api/client';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
} from '../../api/operations.generated';
import { newPasswordProblem } from '../../model/sign-in';
import { PageShell } from '../../shell/PageShell';
import { useSession } from '../../state/session';

/**
 * /account: your own password. Changing it ends every session of yours, this one too (so a
 * leaked session cannot outlive the old password), hence the full load of the sign-in page.
 */
export function AccountPage() {
  const id = useId();
  const { me } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = current ? newPasswordProblem(next, again) : 'Type your current password.';
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    gql<ChangePasswordMutation, ChangePasswordMutationVariables>(
      `mutation ChangePassword($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      {
        c: current,
        n: next,
      },
    )
      .then(() => window.location.assign('/signin?changed=1'))
      .catch((err: unknown) => {
        setError(err instanceof ApiError ? (err.fields[0]?.message ?? err.message) : String(err));
        setBusy(false);
      });
  };

  return (
    <PageShell title="Your account">
      <p className="page-intro">
        Signed in as <strong>{me?.name}</strong> ({me?.email}).
      </p>
      <form className="entity-form" onSubmit={submit} noValidate data-testid="password-form">
        <h2>Change your password</h2>
        <p>At least 12 characters. Every session of yours ends, and you sign in again with it.</p>
        {error && (
          <p role="alert" className="form-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        {(
          [
            ['current', 'Current password', current, setCurrent, 'current-password'],
            ['next', 'New password', next, setNext, 'new-password'],
            ['again', 'New password again', again, setAgain, 'new-password'],
          ] as const
        ).map(([key, label, value, set, autoComplete]) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              type="password"
              value={value}
              autoComplete={autoComplete}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => set(e.target.value)}
              data-field={key}
            />
          </div>
        ))}
        <button type="submit" disabled={busy}>
          Change password
        </button>
      </form>
    </PageShell>
  );
}
