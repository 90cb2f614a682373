// "What if this actor leaves?" for every actor at once. Removing v splits its component only
// along the DFS subtrees that cannot reach above v (low-point ≥ v's discovery time); everything
// else stays together. So one DFS gives, for every node, the sizes of the pieces left behind,
// and group counts per piece come from range counts over DFS discovery times: O(n + m) plus
// O(k log n) per split, instead of one traversal per candidate.
// Reachability ignores direction (weak connectivity): whether a team can still get through at
// all, which is what breaks when someone leaves.

import { convention, type MetricConvention } from './conventions';
import { connectedComponents } from './components';
import { lowPoints } from './cut-structure';
import type { Graph } from './graph';
import { categoryCodes } from './groups';
import { undirectedProjection } from './projection';

export interface RemovalImpacts {
  /** Components in the whole network before any removal. */
  readonly componentsBefore: number;
  /** Per node: components in the network without it. */
  readonly componentsAfter: Int32Array;
  /** Per node: pairs of other actors who could reach each other and no longer can. */
  readonly lostPairs: Float64Array;
  /** Per node: of those, pairs whose members are in different (known) groups. */
  readonly lostCrossGroupPairs: Float64Array;
  /** Per node: actors it could reach (its own pairs, lost with it in any case). */
  readonly reachable: Int32Array;
}

export function removalImpacts(g: Graph, attribute?: string): RemovalImpacts {
  const u = undirectedProjection(g);
  const n = u.n;
  const comps = connectedComponents(u);
  const { dfs, low, parent, last, byTime } = lowPoints(u);
  const { codes, categories } = categoryCodes(g, attribute);
  const k = categories.length;
  const ranges = new GroupRanges(codes, k, byTime);
  const componentsAfter = new Int32Array(n);
  const lostPairs = new Float64Array(n);
  const lostCrossGroupPairs = new Float64Array(n);
  const reachable = new Int32Array(n);
  // DFS root of each node's component: parents are discovered before children.
  const root = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const v = byTime[t];
    root[v] = parent[v] < 0 ? v : root[parent[v]];
  }
  // Separating children per node, gathered in one pass (children in discovery order).
  const pieces: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < n; t++) {
    const c = byTime[t];
    const p = parent[c];
    if (p >= 0 && low[c] >= dfs[p]) pieces[p].push(c);
  }
  const hist = new Float64Array(k);
  const rest = new Float64Array(k);
  for (let v = 0; v < n; v++) {
    const others = comps.sizes[comps.labels[v]] - 1;
    reachable[v] = others;
    let inPieces = 0;
    let pairsAfter = 0;
    for (const c of pieces[v]) {
      const size = last[c] - dfs[c] + 1;
      inPieces += size;
      pairsAfter += pairs(size);
    }
    const remainder = others - inPieces;
    pairsAfter += pairs(remainder);
    const parts = pieces[v].length + (remainder > 0 ? 1 : 0);
    componentsAfter[v] = comps.count - 1 + parts;
    lostPairs[v] = pairs(others) - pairsAfter;
    if (parts < 2 || k === 0) continue; // nothing splits, so no cross-group pair is lost
    // Group histogram of the component without v, then subtract each piece to get the rest.
    const r = root[v];
    ranges.histogram(dfs[r], last[r], rest);
    if (codes[v] >= 0) rest[codes[v]]--;
    const crossBefore = crossPairs(rest);
    let crossAfter = 0;
    for (const c of pieces[v]) {
      ranges.histogram(dfs[c], last[c], hist);
      crossAfter += crossPairs(hist);
      for (let j = 0; j < k; j++) rest[j] -= hist[j];
    }
    crossAfter += crossPairs(rest);
    lostCrossGroupPairs[v] = crossBefore - crossAfter;
  }
  return {
    componentsBefore: comps.count,
    componentsAfter,
    lostPairs,
    lostCrossGroupPairs,
    reachable,
  };
}

export interface RemovalImpact {
  readonly node: number;
  readonly componentsBefore: number;
  readonly componentsAfter: number;
  readonly lostPairs: number;
  readonly lostCrossGroupPairs: number;
  readonly reachable: number;
}

/** The impact of removing one node (same O(n + m) pass as for all nodes). */
export function removalImpact(g: Graph, node: number, attribute?: string): RemovalImpact {
  const all = removalImpacts(g, attribute);
  return {
    node,
    componentsBefore: all.componentsBefore,
    componentsAfter: all.componentsAfter[node],
    lostPairs: all.lostPairs[node],
    lostCrossGroupPairs: all.lostCrossGroupPairs[node],
    reachable: all.reachable[node],
  };
}

function pairs(size: number): number {
  return size < 2 ? 0 : (size * (size - 1)) / 2; // and never -0 for an isolate
}

/** Pairs with both members grouped and in different groups: (T² − Σ hᵢ²) / 2. */
function crossPairs(hist: Float64Array): number {
  let total = 0;
  let squares = 0;
  for (let j = 0; j < hist.length; j++) {
    total += hist[j];
    squares += hist[j] * hist[j];
  }
  return (total * total - squares) / 2;
}

/** Per group, the sorted DFS discovery times of its members, for O(log n) range counts. */
class GroupRanges {
  private readonly times: Int32Array[];

  constructor(codes: Int32Array, k: number, byTime: Int32Array) {
    const lists: number[][] = Array.from({ length: k }, () => []);
    for (let t = 0; t < byTime.length; t++) {
      const c = codes[byTime[t]];
      if (c >= 0) lists[c].push(t);
    }
    this.times = lists.map((l) => Int32Array.from(l));
  }

  /** Members of each group discovered within [lo, hi]. */
  histogram(lo: number, hi: number, out: Float64Array): void {
    for (let j = 0; j < this.times.length; j++) {
      const t = this.times[j];
      out[j] = lowerBound(t, hi + 1) - lowerBound(t, lo);
    }
  }
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function fragilityConvention(
  g: Graph,
  kind: 'componentsAfter' | 'lostPairs' | 'lostCrossGroupPairs',
): MetricConvention {
  const description = {
    componentsAfter: 'Number of separate pieces the network falls into if this actor leaves.',
    lostPairs:
      'Pairs of other actors who can reach each other now but could not if this actor left.',
    lostCrossGroupPairs:
      'Of those pairs, the ones linking different groups: boundary-crossing routes that depend on this actor.',
  }[kind];
  return convention({
    metric: `fragility.${kind}`,
    scope: 'node',
    directed: false,
    weighted: null,
    normalisation: 'none (counts; pairs are unordered)',
    reference: 'node-removal analysis (Borgatti 2006 key-player fragmentation, per node)',
    description:
      description +
      (g.directed ? ' Reachability ignores direction: any chain of ties counts.' : ''),
  });
}
