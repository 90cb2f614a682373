import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { UsersQuery, UsersQueryVariables } from '../../api/operations.generated';
import { ROLE_NAMES, type CouncilRole } from '../../model/access';
import { Pager } from '../../shell/Pager';
import { refreshMe, useSession } from '../../state/session';
import { useQuery } from '../../state/useQuery';
import { AddUserForm } from './AddUserForm';
import {
  createResetLink,
  grantRole,
  revokeRole,
  setDisabled,
  USERS,
  type AdminUser,
  type ResetLink,
} from './admin-api';
import { ResetLinkNotice } from './ResetLinkNotice';
import { UserRow } from './UserRow';

const LIMIT = 50;

type Link = ResetLink & { name: string };

/** The council's users and their roles; every change goes through the API and reloads. */
export function UsersSection({
  councilId,
  councilName,
  onChanged,
}: {
  councilId: string;
  councilName: string;
  onChanged: () => void;
}) {
  const { me } = useSession();
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<Link | null>(null);
  const [adding, setAdding] = useState(false);
  const q = useQuery<UsersQuery, UsersQueryVariables>(
    `users:${councilId}:${search}:${offset}`,
    USERS,
    { c: councilId, s: search.trim() || null, o: offset, l: LIMIT },
    reload,
  );
  const users = q.data?.users.items ?? [];

  const act = (user: AdminUser, done: string, run: () => Promise<void>) => {
    setBusy(user.id);
    setError(null);
    setStatus(null);
    run()
      .then(() => {
        setStatus(done);
        setReload((r) => r + 1);
        onChanged();
        if (user.id === me?.id) refreshMe();
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)))
      .finally(() => setBusy(null));
  };
  const resetLinkFor = (user: AdminUser) =>
    act(user, '', async () => {
      const made = await createResetLink(user.id);
      setLink({ name: user.name, ...made });
    });

  return (
    <section className="admin-section" aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <div className="table-tools">
        <label>
          Search names and emails{' '}
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setOffset(0);
            }}
            data-testid="user-search"
          />
        </label>
        <button
          type="button"
          aria-expanded={adding}
          onClick={() => setAdding(!adding)}
          data-testid="add-user"
        >
          Add a user
        </button>
      </div>
      {adding && (
        <AddUserForm
          councilId={councilId}
          councilName={councilName}
          onClose={() => setAdding(false)}
          onAdded={(name, role, made) => {
            setStatus(`${name} added as ${ROLE_NAMES[role]}.`);
            if (made) setLink({ name, ...made });
            setReload((r) => r + 1);
            onChanged();
          }}
        />
      )}
      {link && <ResetLinkNotice {...link} onDone={() => setLink(null)} />}
      {status && (
        <p role="status" className="form-done" data-testid="users-status">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error" data-testid="users-error">
          {error}
        </p>
      )}
      {q.status === 'error' && (
        <p role="alert" className="form-error">
          Could not load the users: {q.error.message}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table admin-table" data-testid="users-table">
          <caption>
            People who can sign in to {councilName}, and their role here. Editors and council admins
            change data; viewers and researchers only read.
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role in {councilName}</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const current = u.roles.find((r) => r.councilId === councilId)?.role ?? 'none';
              return (
                <UserRow
                  key={`${u.id}:${current}`}
                  user={u}
                  councilId={councilId}
                  isMe={u.id === me?.id}
                  busy={busy === u.id}
                  onRole={(role: CouncilRole) =>
                    act(u, `${u.name} is now ${ROLE_NAMES[role]} in ${councilName}.`, () =>
                      grantRole(u.id, councilId, role),
                    )
                  }
                  onRevoke={() =>
                    act(u, `${u.name} no longer has a role in ${councilName}.`, () =>
                      revokeRole(u.id, councilId),
                    )
                  }
                  onDisabled={(disabled) =>
                    act(
                      u,
                      disabled
                        ? `${u.name} is disabled: their sessions ended and their tokens stopped working.`
                        : `${u.name} can sign in again.`,
                      () => setDisabled(u.id, disabled),
                    )
                  }
                  onResetLink={() => resetLinkFor(u)}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {q.data && (
        <Pager
          label="Pages of users"
          offset={offset}
          count={users.length}
          total={q.data.users.total}
          limit={LIMIT}
          onOffset={setOffset}
        />
      )}
    </section>
  );
}
