import { useEffect, useState } from 'react';
import { ApiError, gql } from '../api/client';
import { useApiReconnects } from './apiStatus';

export type QueryState<T> =
  | { status: 'idle'; data: null; error: null }
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ok'; data: T; error: null }
  | { status: 'error'; data: T | null; error: ApiError };

interface Settled<T> {
  key: string;
  reload: number;
  data: T | null;
  error: ApiError | null;
}

/**
 * Runs a GraphQL query whenever `key` changes (null: do nothing). Keeps the last data while
 * the same key reloads, so views do not flash after a write; data of another key (another
 * council, say) is never handed out as this key's. Bump `reload` to refetch after writes; a
 * query that failed runs again once the API answers after an outage.
 */
export function useQuery<T, V extends object = Record<string, never>>(
  key: string | null,
  query: string,
  variables: NoInfer<V>,
  reload = 0,
): QueryState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const reconnects = useApiReconnects();
  const retry = settled?.key === key && settled.error ? reconnects : 0;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    gql<T, V>(query, variables)
      .then((data) => {
        if (live) setSettled({ key, reload, data, error: null });
      })
      .catch((e: unknown) => {
        const error = e instanceof ApiError ? e : new ApiError(String(e), 'UNKNOWN');
        if (live) setSettled((s) => ({ key, reload, data: s?.key === key ? s.data : null, error }));
      });
    return () => {
      live = false;
    };
    // The key stands for query + variables.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reload, retry]);
  if (key === null) return { status: 'idle', data: null, error: null };
  if (!settled || settled.key !== key) return { status: 'loading', data: null, error: null };
  if (settled.reload !== reload) return { status: 'loading', data: settled.data, error: null };
  if (settled.error) return { status: 'error', data: settled.data, error: settled.error };
  return { status: 'ok', data: settled.data as T, error: null };
}
