import { useCallback, useMemo, useState } from 'react';
import { ApiError, gql } from '../api/client';
import type { LayoutAlgorithm } from '../map/layoutRunner';
import type { Point } from '../model/layout';
import type { Level } from '../model/types';
import type { CompoundBy } from '../model/url-state';
import { useQuery } from './useQuery';
import type {
  MapGrouping,
  MapLayoutQuery,
  MapLayoutQueryVariables,
  SaveMapLayoutMutation,
  SaveMapLayoutMutationVariables,
} from '../api/operations.generated';

/** The council's shared picture of one map (level and boxes), as the API keeps it. */
export interface SavedLayout {
  positions: Map<string, Point>;
  pinned: Set<string>;
  algorithm: LayoutAlgorithm;
  /** False when it could not be read: the map is laid out here but never saved over it. */
  trusted: boolean;
}

export interface PositionChange {
  id: string;
  x: number;
  y: number;
  pinned: boolean;
}

export type PersistLayout = (
  changes: PositionChange[],
  options?: { replace?: boolean; algorithm?: LayoutAlgorithm },
) => void;

const GROUPING: Record<CompoundBy, MapGrouping> = {
  none: 'NONE',
  organisation: 'ORGANISATION',
  neighbourhood: 'NEIGHBOURHOOD',
};

const GET = `query MapLayout($c: ID!, $level: NetworkLevel!, $grouping: MapGrouping!) {
  mapLayout(councilId: $c, level: $level, grouping: $grouping) {
    algorithm updatedAt positions { id x y pinned } } }`;
const SAVE = `mutation SaveMapLayout($c: ID!, $level: NetworkLevel!, $grouping: MapGrouping!,
  $input: SaveMapLayoutInput!) {
  saveMapLayout(councilId: $c, level: $level, grouping: $grouping, input: $input) { updatedAt } }`;

/** What one request may carry (the API's limit, inside its 1 MB body). */
const CHUNK = 10_000;

/**
 * The saved layout of a council's map at a level and grouping (null while it loads), and
 * `persist` to save moved nodes or a whole re-layout for everyone — a no-op for roles that
 * may not edit, whose drags stay in their own session. `saveError` says when a save failed.
 */
export function useSavedLayout(
  councilId: string,
  level: Level,
  compound: CompoundBy,
  canEdit: boolean,
): { saved: SavedLayout | null; persist: PersistLayout; saveError: string | null } {
  const grouping = GROUPING[compound];
  const vars = useMemo(() => ({ c: councilId, level, grouping }), [councilId, level, grouping]);
  const q = useQuery<MapLayoutQuery, MapLayoutQueryVariables>(
    `${councilId}|${level}|${grouping}`,
    GET,
    vars,
  );
  const [saveError, setSaveError] = useState<string | null>(null);
  const saved = useMemo<SavedLayout | null>(() => {
    if (q.status === 'error') {
      return { positions: new Map(), pinned: new Set(), algorithm: 'FORCE', trusted: false };
    }
    if (q.status !== 'ok') return null;
    const { positions, algorithm } = q.data.mapLayout;
    return {
      positions: new Map(positions.map((p) => [p.id, { x: p.x, y: p.y }])),
      pinned: new Set(positions.filter((p) => p.pinned).map((p) => p.id)),
      algorithm,
      trusted: true,
    };
  }, [q.status, q.data]);
  const persist = useCallback<PersistLayout>(
    (changes, options = {}) => {
      if (!canEdit) return;
      // Tenths of a unit are far below a pixel at any zoom, and halve the request.
      const round = (v: number) => Math.round(v * 10) / 10;
      const rows = changes.map((c) => ({ ...c, x: round(c.x), y: round(c.y) }));
      void (async () => {
        try {
          for (let i = 0; i === 0 || i < rows.length; i += CHUNK) {
            await gql<SaveMapLayoutMutation, SaveMapLayoutMutationVariables>(SAVE, {
              ...vars,
              input: {
                positions: rows.slice(i, i + CHUNK),
                // Only the first part replaces; the others add to it.
                replace: i === 0 && !!options.replace,
                algorithm: options.algorithm,
              },
            });
          }
          setSaveError(null);
        } catch (e) {
          setSaveError(e instanceof ApiError ? e.message : String(e));
        }
      })();
    },
    [canEdit, vars],
  );
  return { saved, persist, saveError };
}
