import { convention, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { categoryCodes } from './groups';

export interface MixingMatrix {
  readonly directed: boolean;
  /** Row/column labels, sorted. */
  readonly groups: readonly string[];
  readonly sizes: readonly number[];
  /**
   * counts[i][j]: directed, arcs from group i to group j; undirected, ties between i and j
   * (symmetric; the diagonal counts ties inside a group once).
   */
  readonly counts: readonly (readonly number[])[];
  /** Same layout as counts, summing tie weights. */
  readonly weights: readonly (readonly number[])[];
  /**
   * Block density: counts over possible pairs (nᵢnⱼ between groups; nᵢ(nᵢ−1), or half that
   * undirected, inside a group), so groups of different size compare. Null when no pair is
   * possible (a one-member group's diagonal).
   */
  readonly density: readonly (readonly (number | null)[])[];
  readonly ungroupedNodes: number;
  /** Ties left out because an end has no group. */
  readonly ungroupedTies: number;
}

export function mixingMatrix(g: Graph, attribute?: string): MixingMatrix {
  const { codes, categories, sizes } = categoryCodes(g, attribute);
  const k = categories.length;
  const grid = () => Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const counts = grid();
  const weights = grid();
  let ungroupedTies = 0;
  // The merged edge list holds each undirected tie once and each arc once.
  for (let e = 0; e < g.m; e++) {
    const a = codes[g.edgeSource[e]];
    const b = codes[g.edgeTarget[e]];
    if (a < 0 || b < 0) {
      ungroupedTies++;
      continue;
    }
    counts[a][b]++;
    weights[a][b] += g.edgeWeight[e];
    if (!g.directed && a !== b) {
      counts[b][a]++;
      weights[b][a] += g.edgeWeight[e];
    }
  }
  const density = counts.map((row, i) =>
    row.map((c, j) => {
      const possible =
        i !== j
          ? sizes[i] * sizes[j]
          : g.directed
            ? sizes[i] * (sizes[i] - 1)
            : (sizes[i] * (sizes[i] - 1)) / 2;
      return possible > 0 ? c / possible : null;
    }),
  );
  let ungroupedNodes = 0;
  for (let v = 0; v < g.n; v++) if (codes[v] < 0) ungroupedNodes++;
  return {
    directed: g.directed,
    groups: categories,
    sizes: Array.from(sizes),
    counts,
    weights,
    density,
    ungroupedNodes,
    ungroupedTies,
  };
}

export function mixingConvention(
  g: Graph,
  kind: 'counts' | 'weights' | 'density',
): MetricConvention {
  const cell = g.directed
    ? 'ties sent from the row group to the column group'
    : 'ties between the two groups';
  return convention({
    metric: `mixing.${kind}`,
    scope: 'group',
    directed: g.directed,
    weighted: kind === 'weights' ? 'strength' : null,
    normalisation:
      kind === 'density'
        ? `count divided by possible pairs (nᵢnⱼ; inside a group nᵢ(nᵢ−1)${g.directed ? '' : '/2'})`
        : 'none',
    reference: 'group × group block model (image matrix)',
    description:
      kind === 'counts'
        ? `Number of ${cell}; repeated ties between a pair count once.`
        : kind === 'weights'
          ? `Summed weight of ${cell}.`
          : `Share of possible ${cell} that exist, so groups of different sizes compare.`,
  });
}
