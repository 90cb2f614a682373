import { useMemo } from 'react';
import { maxStrengthOf, toElements } from '../../model/elements';
import { egoNetwork, searchMatches, stateClasses } from '../../model/highlight';
import { localDegree, type SnapshotEdge } from '../../model/snapshot';
import { presentAt, type UnionNetwork } from '../../model/timeline';
import type { UrlState } from '../../model/url-state';

interface Args {
  union: UnionNetwork | null;
  /** Steps whose elements are shown (one for the map, two in diff mode). */
  shownSteps: number[];
  state: UrlState;
  metricValues: Map<string, Record<string, number | null>> | null;
  groupNames: Record<string, string>;
  professionOrder: readonly string[];
}

/** Elements and state classes for the canvas, from the union and the URL state. */
export function useMapModel({
  union,
  shownSteps,
  state,
  metricValues,
  groupNames,
  professionOrder,
}: Args) {
  const stepsKey = shownSteps.join(',');
  const present = useMemo(() => {
    if (!union) return new Set<string>();
    const out = new Set<string>();
    for (const s of stepsKey.split(',').filter(Boolean).map(Number))
      for (const id of presentAt(union, s)) out.add(id);
    return out;
  }, [union, stepsKey]);

  const presentEdges = useMemo(
    () => (union ? union.edges.filter((e) => present.has(e.id)) : []),
    [union, present],
  );

  const sizeValues = useMemo(() => {
    const out = new Map<string, number | null>();
    if (!union) return out;
    if (state.size === 'degree' || !metricValues) {
      const degree = localDegree({ nodes: union.nodes, edges: presentEdges });
      for (const [id, d] of degree) out.set(id, d);
      return out;
    }
    for (const [id, values] of metricValues) out.set(id, values[state.size] ?? null);
    return out;
  }, [union, presentEdges, metricValues, state.size]);

  const elements = useMemo(() => {
    if (!union) return [];
    // Widths reflect the strength at the shown moment, on one scale for all moments.
    const last = Number(stepsKey.split(',').pop() ?? 0);
    const edges: SnapshotEdge[] = union.edges.map((e) => union.edgeAt.get(e.id)?.[last] ?? e);
    return toElements(
      { nodes: union.nodes, edges },
      {
        colourBy: state.colour,
        sizeValues,
        compound: state.compound,
        groupNames,
        professionOrder,
        maxStrength: maxStrengthOf(union.edges),
      },
    );
  }, [union, stepsKey, sizeValues, state.colour, state.compound, groupNames, professionOrder]);

  const matches = useMemo(
    () => searchMatches(union?.nodes ?? [], state.search),
    [union, state.search],
  );

  const focus = useMemo(() => {
    if (!union || !state.selected || state.ego === 0) return null;
    if (!union.nodes.some((n) => n.id === state.selected)) return null;
    return egoNetwork(union.edges, state.selected, state.ego, (id) => present.has(id));
  }, [union, state.selected, state.ego, present]);

  const classes = useMemo(
    () =>
      stateClasses({
        nodes: union?.nodes ?? [],
        edges: union?.edges ?? [],
        present: union ? present : null,
        matches,
        focus,
      }),
    [union, present, matches, focus],
  );

  return { elements, classes, present, presentEdges, sizeValues, matches };
}
