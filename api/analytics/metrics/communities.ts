// Community detection with graphology's Louvain, made deterministic by a seeded RNG (Louvain
// visits nodes in random order, so an unseeded run can change between two identical requests).
// Modularity is recomputed here from the partition, as networkx `modularity`, so the reported
// number does not depend on the library's internal bookkeeping and can be checked.

import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

import { convention, projectionPhrase, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { undirectedProjection } from './projection';

export interface CommunityOptions {
  readonly weighted?: boolean;
  /** Modularity resolution γ. Default 1. */
  readonly resolution?: number;
  /** RNG seed. Default 1. Same graph + seed ⇒ same partition. */
  readonly seed?: number;
}

export interface Communities {
  /** Community per node, numbered by size (largest first; ties: earliest node). */
  readonly labels: Int32Array;
  readonly count: number;
  /** networkx modularity of `labels` on the undirected projection. */
  readonly modularity: number;
}

/** Louvain on the undirected projection (direction rarely defines a community of practice). */
export function louvainCommunities(g: Graph, options: CommunityOptions = {}): Communities {
  const u = undirectedProjection(g);
  const weighted = options.weighted ?? false;
  const resolution = options.resolution ?? 1;
  const gg = new UndirectedGraph();
  for (let v = 0; v < u.n; v++) gg.addNode(String(v));
  for (let e = 0; e < u.m; e++) {
    gg.addEdge(String(u.edgeSource[e]), String(u.edgeTarget[e]), { weight: u.edgeWeight[e] });
  }
  const mapping = louvain(gg, {
    getEdgeWeight: weighted ? 'weight' : null,
    resolution,
    rng: mulberry32(options.seed ?? 1),
  });
  const raw = new Int32Array(u.n);
  for (let v = 0; v < u.n; v++) raw[v] = mapping[String(v)];
  const labels = relabel(raw);
  let count = 0;
  for (let v = 0; v < u.n; v++) if (labels[v] + 1 > count) count = labels[v] + 1;
  return { labels, count, modularity: modularity(u, labels, { weighted, resolution }) };
}

/**
 * networkx `modularity(G, communities, weight, resolution)`:
 * undirected Σ_c [L_c/m − γ (d_c / 2m)²], directed Σ_c [L_c/m − γ d_c^out d_c^in / m²],
 * with L_c the (weight of) ties inside c and d_c the summed (weighted) degree of c.
 */
export function modularity(
  g: Graph,
  labels: ArrayLike<number>,
  options: { readonly weighted?: boolean; readonly resolution?: number } = {},
): number {
  const weighted = options.weighted ?? false;
  const gamma = options.resolution ?? 1;
  let k = 0;
  for (let v = 0; v < g.n; v++) if (labels[v] + 1 > k) k = labels[v] + 1;
  const inside = new Float64Array(k);
  const outDeg = new Float64Array(k);
  const inDeg = new Float64Array(k);
  let m = 0;
  for (let e = 0; e < g.m; e++) {
    const a = labels[g.edgeSource[e]];
    const b = labels[g.edgeTarget[e]];
    const w = weighted ? g.edgeWeight[e] : 1;
    m += w;
    if (a === b) inside[a] += w;
    outDeg[a] += w;
    inDeg[b] += w;
  }
  if (m === 0) return NaN;
  let q = 0;
  for (let c = 0; c < k; c++) {
    if (g.directed) q += inside[c] / m - (gamma * outDeg[c] * inDeg[c]) / (m * m);
    else {
      const d = outDeg[c] + inDeg[c];
      q += inside[c] / m - gamma * (d / (2 * m)) ** 2;
    }
  }
  return q;
}

function relabel(raw: Int32Array): Int32Array {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((c, v) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, v);
  });
  const order = [...size.keys()].sort(
    (a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (first.get(a) ?? 0) - (first.get(b) ?? 0),
  );
  const rank = new Map(order.map((c, r) => [c, r]));
  return raw.map((c) => rank.get(c) ?? 0);
}

/** Small, fast, seedable PRNG (Tommy Ettinger's mulberry32); quality is ample for Louvain. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function communitiesConvention(
  g: Graph,
  options: CommunityOptions = {},
  kind: 'labels' | 'count' | 'modularity' = 'labels',
): MetricConvention {
  const weighted = options.weighted ?? false;
  const resolution = options.resolution ?? 1;
  const louvain = `graphology-communities-louvain (seed ${options.seed ?? 1}, resolution ${resolution})`;
  const base = { directed: false, weighted: weighted ? ('strength' as const) : null };
  const note = projectionPhrase(g.directed);
  switch (kind) {
    case 'labels':
      return convention({
        ...base,
        metric: 'louvainCommunities',
        scope: 'node',
        normalisation: 'none (community number, largest community first)',
        reference: louvain,
        description:
          'Community found by the Louvain method: actors more densely tied to each other than to the rest.' +
          note,
      });
    case 'count':
      return convention({
        ...base,
        metric: 'communityCount',
        scope: 'network',
        normalisation: 'none (a count)',
        reference: louvain,
        description: 'Number of communities the Louvain method found.' + note,
      });
    case 'modularity':
      return convention({
        ...base,
        metric: 'modularity',
        scope: 'network',
        normalisation: `networkx modularity, resolution ${resolution}; at most 1`,
        reference: `networkx.community.modularity of the ${louvain} partition`,
        description:
          'How clear-cut the community split is: ties inside communities beyond what chance would give.' +
          note,
      });
  }
}
