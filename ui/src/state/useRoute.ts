import { useSyncExternalStore } from 'react';
import { routeOf, type Route } from '../model/routes';

/** Client-side pages by path; the query string stays each page's own state (useUrlState). */
function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeOf(window.location.pathname));
}

/** The query string, re-read whenever the app navigates (for pages that keep state there). */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

let lastAppUrl = '/';

/** The map view's last URL, for "back to the map" links on the other pages. */
export function appUrl(): string {
  return lastAppUrl;
}

/** Goes to another page of the app without reloading it (Back returns). */
export function navigate(to: string): void {
  if (routeOf(window.location.pathname) === 'app') {
    lastAppUrl = `${window.location.pathname}${window.location.search}`;
  }
  window.history.pushState(null, '', to);
  // useUrlState and useRoute both listen to popstate.
  window.dispatchEvent(new PopStateEvent('popstate'));
}
