import { useState } from 'react';
import { COUNCIL_ROLES, ROLE_NAMES, type CouncilRole } from '../../model/access';
import { shortDateTime } from '../../model/tokens';
import type { AdminUser } from './admin-api';

interface Props {
  user: AdminUser;
  councilId: string;
  isMe: boolean;
  busy: boolean;
  onRole: (role: CouncilRole) => void;
  onRevoke: () => void;
  onDisabled: (disabled: boolean) => void;
  onResetLink: () => void;
}

/** One user of the council: role (change or remove), status, reset link. */
export function UserRow({ user, councilId, isMe, busy, ...on }: Props) {
  const current = user.roles.find((r) => r.councilId === councilId)?.role ?? null;
  const [role, setRole] = useState<CouncilRole | ''>(current ?? '');
  const selectId = `role-${user.id}`;
  return (
    <tr data-user-id={user.id} data-testid="user-row">
      <th scope="row">
        {user.name}
        {isMe && <span className="muted"> (you)</span>}
        {user.systemAdmin && <span className="badge">system admin</span>}
      </th>
      <td>{user.email}</td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          Role of {user.name}
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(e) => setRole(e.target.value as CouncilRole)}
          data-testid="user-role"
        >
          {current === null && <option value="">No role</option>}
          {COUNCIL_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          disabled={busy || role === '' || role === current}
          onClick={() => role && on.onRole(role)}
          data-testid="save-role"
        >
          {current ? 'Change role' : 'Grant role'}
        </button>
      </td>
      <td>
        {user.disabled ? <strong>Disabled</strong> : 'Active'}
        <br />
        <small className="muted">
          last sign-in {user.lastSignInAt ? shortDateTime(user.lastSignInAt) : 'never'}
        </small>
      </td>
      <td className="row-actions">
        <button
          type="button"
          disabled={busy}
          onClick={on.onResetLink}
          aria-label={`Create a password link for ${user.name}`}
          data-testid="create-reset-link"
        >
          Password link
        </button>
        {!isMe && (
          <button
            type="button"
            disabled={busy}
            onClick={() => on.onDisabled(!user.disabled)}
            aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}
            data-testid={user.disabled ? 'enable-user' : 'disable-user'}
          >
            {user.disabled ? 'Enable' : 'Disable'}
          </button>
        )}
        {current && !isMe && (
          <button
            type="button"
            disabled={busy}
            onClick={on.onRevoke}
            aria-label={`Remove ${user.name} from this council`}
            data-testid="revoke-role"
          >
            Remove from council
          </button>
        )}
      </td>
    </tr>
  );
}
