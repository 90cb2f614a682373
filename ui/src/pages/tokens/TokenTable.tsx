import { useState } from 'react';
import { ApiError } from '../../api/client';
import { shortDateTime, sortTokens, tokenStatus, type ApiToken } from '../../model/tokens';
import { revokeToken } from './tokens-api';

const STATUS: Record<string, string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };

/** Your tokens (never their secrets), with a revoke button for the active ones. */
export function TokenTable(p: { tokens: ApiToken[]; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const now = new Date().toISOString();
  const revoke = (t: ApiToken) => {
    setBusy(t.id);
    setError(null);
    revokeToken(t.id)
      .then(p.onChanged)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)))
      .finally(() => setBusy(null));
  };
  if (!p.tokens.length) return <p className="muted">You have no API tokens yet.</p>;
  return (
    <>
      {error && (
        <p role="alert" className="form-error">
          Could not revoke the token: {error}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table" data-testid="token-table">
          <caption>Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sortTokens(p.tokens, now).map((t) => {
              const status = tokenStatus(t, now);
              return (
                <tr key={t.id} data-token-id={t.id} data-status={status}>
                  <th scope="row">{t.name}</th>
                  <td>{shortDateTime(t.createdAt)}</td>
                  <td>{t.expiresAt.slice(0, 10)}</td>
                  <td>{t.lastUsedAt ? shortDateTime(t.lastUsedAt) : 'never'}</td>
                  <td>
                    {STATUS[status]}
                    {status === 'revoked' && t.revokedAt ? ` ${t.revokedAt.slice(0, 10)}` : ''}
                  </td>
                  <td>
                    {status === 'active' && (
                      <button
                        type="button"
                        disabled={busy === t.id}
                        aria-label={`Revoke token ${t.name}`}
                        onClick={() => revoke(t)}
                        data-testid="revoke-token"
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
