import {
  isPublicPath,
  routeOf,
  safeNext,
  signInUrl,
  ssoStartUrl,
} from '../../../ui/src/model/routes';

describe('pages and the sign-in round trip', () => {
  it('maps paths to pages, with the map for everything else', () => {
    expect(routeOf('/signin')).toBe('signin');
    expect(routeOf('/reset-password/')).toBe('reset-password');
    expect(routeOf('/tokens')).toBe('tokens');
    expect(routeOf('/admin')).toBe('admin');
    expect(routeOf('/')).toBe('app');
    expect(routeOf('/anything')).toBe('app');
    expect(isPublicPath('/signin')).toBe(true);
    expect(isPublicPath('/admin')).toBe(false);
  });

  it('comes back to the exact path and query string after signing in', () => {
    const here = '/?council=tamebridge&view=changes&wave=tamebridge-wave-pilot&level=TEAMS';
    const url = signInUrl(
      '/',
      '?council=tamebridge&view=changes&wave=tamebridge-wave-pilot&level=TEAMS',
    );
    expect(url).toBe(`/signin?next=${encodeURIComponent(here)}`);
    const next = new URLSearchParams(url.split('?')[1]).get('next');
    expect(safeNext(next)).toBe(here);
    expect(signInUrl('/admin', '?council=tamebridge')).toBe(
      `/signin?next=${encodeURIComponent('/admin?council=tamebridge')}`,
    );
    expect(signInUrl('/', '')).toBe('/signin');
  });

  it('never goes off-site or back to a public page (no open redirect, no loop)', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
    expect(safeNext(null)).toBe('/');
    expect(safeNext('/signin?next=/x')).toBe('/');
    expect(safeNext('/reset-password#token=abc')).toBe('/');
    expect(signInUrl('/signin', '?next=%2F')).toBe('/signin');
  });

  it('passes where to come back to on to single sign-on', () => {
    expect(ssoStartUrl('/auth/oidc/start', '/?council=tamebridge')).toBe(
      `/auth/oidc/start?returnTo=${encodeURIComponent('/?council=tamebridge')}`,
    );
    expect(ssoStartUrl('/auth/oidc/start?x=1', '//evil')).toBe('/auth/oidc/start?x=1&returnTo=%2F');
  });
});
