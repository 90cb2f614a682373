/** API tokens as the tokens page shows them. Pure. */
import type { ApiTokensQuery } from '../api/operations.generated';

/** One API token as the tokens page lists it (its secret is shown once, at creation). */
export type ApiToken = ApiTokensQuery['apiTokens'][number];

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(t: ApiToken, now: string): TokenStatus {
  if (t.revokedAt) return 'revoked';
  return t.expiresAt <= now ? 'expired' : 'active';
}

/** Active tokens first, each group newest first. */
export function sortTokens(tokens: readonly ApiToken[], now: string): ApiToken[] {
  const rank = (t: ApiToken) => (tokenStatus(t, now) === 'active' ? 0 : 1);
  return [...tokens].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}

/** YYYY-MM-DD `days` after `today` (YYYY-MM-DD), in UTC. */
export function addDays(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The API allows at most a year ahead; the form offers tomorrow … 365 days, 90 by default. */
export function expiryBounds(today: string): { min: string; max: string; initial: string } {
  return { min: addDays(today, 1), max: addDays(today, 365), initial: addDays(today, 90) };
}

/** A copy-paste example that uses the secret against this server. */
export function curlExample(origin: string, secret: string): string {
  return [
    `curl -s ${origin}/graphql \\`,
    `  -H 'Authorization: Bearer ${secret}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"query":"{ me { email roles { councilId role } } }"}'`,
  ].join('\n');
}

/** "2026-12-01 14:05" from an ISO datetime (UTC, as stored). */
export function shortDateTime(iso: string | null): string {
  if (!iso) return '—';
  return iso.replace('T', ' ').slice(0, 16);
}
