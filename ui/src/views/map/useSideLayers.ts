import type { ElementDefinition } from 'cytoscape';
import { useMemo, useState } from 'react';
import type { MissingQueryVariables } from '../../api/operations.generated';
import { diffClasses } from '../../model/diff';
import { addClass } from '../../model/highlight';
import { missingHighlight, SUGGESTED_EDGE_ID } from '../../model/missing-highlight';
import { SUGGESTED_TIE_STYLE } from '../../model/palette';
import type { UnionNetwork } from '../../model/timeline';
import type { MissingItem, Moment } from '../../model/types';
import type { UrlState } from '../../model/url-state';
import { useDiff } from '../../state/useDiff';
import { useQuery } from '../../state/useQuery';
import { momentVariables } from '../../model/url-state';
import { MISSING_QUERY, type MissingResult } from '../missing/useMissing';
import type { Reach } from '../detail/ReachSection';

interface Args {
  state: UrlState;
  union: UnionNetwork | null;
  model: {
    elements: ElementDefinition[];
    classes: Map<string, string>;
    present: Set<string>;
    sizeValues: Map<string, number | null>;
  };
  councilId: string;
  fromMoment: Moment | null;
  fromIndex: number;
  toIndex: number;
  version: number;
}

/**
 * View-specific layers over the base map: diff classes (Changes), the highlighted pair and the
 * suggested tie (Missing connections).
 */
export function useSideLayers({
  state,
  union,
  model,
  councilId,
  fromMoment,
  fromIndex,
  toIndex,
  version,
}: Args) {
  const diffQuery = useDiff(
    councilId,
    fromMoment,
    state.moment,
    state.level,
    state.filters,
    version,
  );
  const [missingItem, setMissingItem] = useState<MissingItem | null>(null);
  // A path or a what-if drawn over the selected actor; it goes when the selection does.
  const [chosenReach, setReach] = useState<Reach | null>(null);
  const reach =
    chosenReach && state.view === 'map' && chosenReach.origin === state.selected
      ? chosenReach
      : null;
  // A link names the item by rank: resolve it from the same list the panel shows.
  const missingVars = { councilId, level: state.level, ...momentVariables(state.moment) };
  const listed = useQuery<{ missingConnections: MissingResult }, MissingQueryVariables>(
    state.view === 'missing' && state.rank !== null
      ? `missing-map:${JSON.stringify(missingVars)}`
      : null,
    MISSING_QUERY,
    missingVars,
  );
  const fromLink = listed.data?.missingConnections.items.find((i) => i.rank === state.rank) ?? null;
  const item =
    state.view !== 'missing' || state.rank === null
      ? null
      : missingItem && missingItem.rank === state.rank
        ? missingItem
        : fromLink;

  const missing = useMemo(() => {
    if (!item || !union) return null;
    const degree = new Map<string, number>();
    for (const [id, v] of model.sizeValues) degree.set(id, v ?? 0);
    return missingHighlight(
      item,
      state.level,
      union.nodes.filter((n) => model.present.has(n.id)),
      degree,
    );
  }, [item, union, model.present, model.sizeValues, state.level]);

  const elements = useMemo(() => {
    if (!missing?.suggested) return model.elements;
    const suggested: ElementDefinition = {
      group: 'edges',
      data: {
        id: SUGGESTED_EDGE_ID,
        ...missing.suggested,
        colour: SUGGESTED_TIE_STYLE.colour,
        lineStyle: 'dashed',
        width: SUGGESTED_TIE_STYLE.width,
      },
      classes: 'suggested',
    };
    return [...model.elements, suggested];
  }, [model.elements, missing]);

  const diff = state.view === 'changes' ? diffQuery.diff : null;
  const classes = useMemo(() => {
    if (diff && union && fromIndex >= 0 && toIndex >= 0) {
      const out = new Map(model.classes);
      for (const [id, cls] of diffClasses(diff, union, fromIndex, toIndex)) {
        const have = (out.get(id) ?? '').replace('absent', '').trim();
        out.set(id, have ? `${have} ${cls}` : cls);
      }
      return out;
    }
    if (reach) return reachClasses(reach, model.classes, model.present);
    if (!missing) return model.classes;
    const out = new Map(model.classes);
    const lit = new Set(missing.nodeIds);
    for (const n of union?.nodes ?? []) {
      if (lit.has(n.id)) addClass(out, n.id, 'highlight');
      else if (model.present.has(n.id)) addClass(out, n.id, 'dimmed');
    }
    for (const e of union?.edges ?? []) if (model.present.has(e.id)) addClass(out, e.id, 'dimmed');
    return out;
  }, [diff, union, fromIndex, toIndex, model.classes, model.present, missing, reach]);

  return {
    elements,
    /** Whether a suggested (unrecorded) tie is drawn, so the legend can say what it is. */
    suggested: !!missing?.suggested,
    classes,
    diff: diffQuery,
    missingItem: item,
    setMissingItem,
    missing,
    setReach,
    // What to bring into view: the pair, the path, or the leaver and whoever it cuts off.
    focusIds:
      reach?.kind === 'path'
        ? reach.nodes
        : reach?.kind === 'leaves'
          ? [reach.removed, ...reach.cut]
          : missing?.nodeIds,
  };
}

export type SideLayers = ReturnType<typeof useSideLayers>;

/** A path lit with the rest faded; or the leaver faded and whoever it cuts off ringed. */
function reachClasses(
  reach: Reach,
  base: Map<string, string>,
  present: Set<string>,
): Map<string, string> {
  const out = new Map(base);
  if (reach.kind === 'path') {
    const lit = new Set([...reach.nodes, ...reach.edges]);
    for (const id of present) addClass(out, id, lit.has(id) ? 'on-path' : 'dimmed');
  } else {
    addClass(out, reach.removed, 'leaving');
    for (const id of reach.cut) addClass(out, id, 'cut-off');
  }
  return out;
}
