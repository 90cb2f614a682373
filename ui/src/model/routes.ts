/**
 * The app's pages by path, and the sign-in round trip (`/signin?next=<path+search>`). Pure:
 * works on strings, never reads `window` (see state/useRoute.ts and api/client.ts).
 */

export type Route = 'app' | 'signin' | 'reset-password' | 'tokens' | 'admin' | 'account' | 'import';

const PATHS: Record<string, Route> = {
  '/signin': 'signin',
  '/reset-password': 'reset-password',
  '/tokens': 'tokens',
  '/admin': 'admin',
  '/account': 'account',
  '/import': 'import',
};

export function routeOf(pathname: string): Route {
  return PATHS[pathname.replace(/\/+$/, '')] ?? 'app';
}

/** Pages that work without a session: an UNAUTHENTICATED answer there is no reason to leave. */
export function isPublicPath(pathname: string): boolean {
  const route = routeOf(pathname);
  return route === 'signin' || route === 'reset-password';
}

/**
 * A `next` value we are willing to go to after signing in: a path on this site (not `//host`,
 * not a scheme), never a public page (that would loop). Anything else gives '/'.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  const path = next.split(/[?#]/)[0];
  return isPublicPath(path) ? '/' : next;
}

/** Where to send someone whose session is missing or expired, so they come back here. */
export function signInUrl(pathname: string, search: string): string {
  const here = safeNext(`${pathname}${search}`);
  return here === '/' ? '/signin' : `/signin?next=${encodeURIComponent(here)}`;
}

/** The SSO start URL with where to come back to. */
export function ssoStartUrl(url: string, next: string): string {
  const sep = url.includes('?') ? '&' : '?';
  return `${url}${sep}returnTo=${encodeURIComponent(safeNext(next))}`;
}

/** The import wizard of a council. */
export function importUrl(councilId: string): string {
  return `/import?council=${encodeURIComponent(councilId)}`;
}

/** The map of a council (after an import: as of today, at people level). */
export function mapUrl(councilId: string): string {
  return `/?council=${encodeURIComponent(councilId)}`;
}
