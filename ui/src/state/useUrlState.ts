import { useCallback, useEffect, useState } from 'react';
import { decodeUrlState, encodeUrlState, isNavigation, type UrlState } from '../model/url-state';

/**
 * The URL is the app's state store for what a link must reproduce. Updates replace the
 * history entry, or push a new one when what you look at changes (council, view, level, moment).
 */
export type UpdateUrlState = (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;

export function useUrlState(): [UrlState, UpdateUrlState] {
  const [state, setState] = useState<UrlState>(() => decodeUrlState(window.location.search));

  useEffect(() => {
    const onPop = () => setState(decodeUrlState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<UpdateUrlState>((patch, options) => {
    setState((before) => {
      const after = { ...before, ...patch };
      const query = encodeUrlState(after);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
      if (isNavigation(before, after) && !options?.replace) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return after;
    });
  }, []);

  return [state, update];
}
