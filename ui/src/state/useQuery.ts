import { useEffect, useState } from 'react';
import { ApiError, gql } from '../api/client';

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
 * reloading so views do not flash. Bump `reload` to refetch after writes.
 */
export function useQuery<T>(
  key: string | null,
  query: string,
  variables: Record<string, unknown>,
  reload = 0,
): QueryState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    gql<T>(query, variables)
      .then((data) => {
        if (live) setSettled({ key, reload, data, error: null });
      })
      .catch((e: unknown) => {
        const error = e instanceof ApiError ? e : new ApiError(String(e), 'UNKNOWN');
        if (live) setSettled((s) => ({ key, reload, data: s?.data ?? null, error }));
      });
    return () => {
      live = false;
    };
    // The key stands for query + variables.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reload]);
  if (key === null) return { status: 'idle', data: null, error: null };
  if (!settled || settled.key !== key || settled.reload !== reload) {
    return { status: 'loading', data: settled?.data ?? null, error: null };
  }
  if (settled.error) return { status: 'error', data: settled.data, error: settled.error };
  return { status: 'ok', data: settled.data as T, error: null };
}
