// Exact betweenness (Brandes 2001) for nodes and edges. The work is one shortest-path search per
// source, and sources are independent: `betweennessContribution` computes the raw sums for any
// subset of sources so a caller can spread sources over worker threads, add the returned arrays
// and normalise once. Searches reuse typed-array buffers and reset only what they touched.

import { convention, pathWeightPhrase, pathWeightUse, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { edgeLengths, sameLength, SearchSpace, type PathWeighting } from './traversal';

export interface BetweennessOptions {
  /** Default 'none' (hop counts). */
  readonly weighting?: PathWeighting;
  /** Default true: networkx `normalized=True`. */
  readonly normalized?: boolean;
}

/**
 * Raw dependency sums over ordered (source, target) pairs, for the sources given. For an
 * undirected graph each unordered pair is therefore counted twice until normalised.
 */
export interface BetweennessRaw {
  readonly node: Float64Array;
  /** Per merged edge id (`Graph.edgeSource/edgeTarget`), when edges were requested. */
  readonly edge: Float64Array | null;
}

export function betweennessContribution(
  g: Graph,
  sources: ArrayLike<number>,
  options: { readonly weighting?: PathWeighting; readonly edges?: boolean } = {},
): BetweennessRaw {
  const node = new Float64Array(g.n);
  const edge = options.edges ? new Float64Array(g.m) : null;
  const lengths = edgeLengths(g.outAdj, options.weighting ?? 'none');
  if (lengths === null) accumulateBfs(g, sources, node, edge);
  else accumulateDijkstra(g, lengths, sources, node, edge);
  return { node, edge };
}

function accumulateBfs(
  g: Graph,
  sources: ArrayLike<number>,
  node: Float64Array,
  edge: Float64Array | null,
): void {
  const { offsets, targets, edgeIds } = g.outAdj;
  const n = g.n;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  /** (1 + delta[w]) / sigma[w], so the backward pass multiplies once per node, not per tie. */
  const coef = new Float64Array(n);
  const order = new Int32Array(n);
  // Shortest-path DAG recorded during the forward pass: the successors of order[j] are
  // dagNode[dagStart[j] .. dagStart[j+1]), so the backward pass walks only DAG ties (at most
  // one direction of each tie) instead of rescanning every neighbour.
  const dagStart = new Int32Array(n + 1);
  const dagNode = new Int32Array(targets.length);
  const dagSlot = edge === null ? null : new Int32Array(targets.length);
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k];
    let head = 0;
    let tail = 0;
    let ptr = 0;
    dist[s] = 0;
    sigma[s] = 1;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head];
      dagStart[head++] = ptr;
      const dNext = dist[v] + 1;
      const sv = sigma[v];
      for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
        const w = targets[i];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = dNext;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === dNext) {
          sigma[w] += sv;
        } else continue;
        if (dagSlot !== null) dagSlot[ptr] = i;
        dagNode[ptr++] = w;
      }
    }
    dagStart[tail] = ptr;
    // Backward: delta[v] = sigma[v] × Σ over DAG successors w of (1 + delta[w]) / sigma[w];
    // each DAG tie v→w earns sigma[v] × (1 + delta[w]) / sigma[w] of edge betweenness.
    for (let j = tail - 1; j >= 0; j--) {
      const v = order[j];
      const sv = sigma[v];
      let acc = 0;
      const start = dagStart[j];
      const end = dagStart[j + 1];
      if (dagSlot === null || edge === null) {
        for (let p = start; p < end; p++) acc += coef[dagNode[p]];
      } else {
        for (let p = start; p < end; p++) {
          const c = coef[dagNode[p]];
          acc += c;
          edge[edgeIds[dagSlot[p]]] += sv * c;
        }
      }
      const delta = sv * acc;
      if (j > 0) node[v] += delta;
      coef[v] = (1 + delta) / sv;
    }
    for (let j = 0; j < tail; j++) {
      const v = order[j];
      dist[v] = -1;
      sigma[v] = 0;
      coef[v] = 0;
    }
  }
}

function accumulateDijkstra(
  g: Graph,
  lengths: Float64Array,
  sources: ArrayLike<number>,
  node: Float64Array,
  edge: Float64Array | null,
): void {
  const { offsets, targets, edgeIds } = g.outAdj;
  const n = g.n;
  const space = new SearchSpace(n);
  const { dist, order } = space;
  const sigma = new Float64Array(n);
  const coef = new Float64Array(n);
  const dagStart = new Int32Array(n + 1);
  const dagNode = new Int32Array(targets.length);
  const dagSlot = new Int32Array(targets.length);
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k];
    space.run(g.outAdj, lengths, s);
    const reached = space.reached;
    // Path counts from the final distances, in settling order (predecessors are strictly
    // closer because lengths are positive). The ties found on shortest paths form the DAG the
    // backward pass walks, so "on a shortest path" is decided once, with the tolerant test.
    let ptr = 0;
    sigma[s] = 1;
    for (let j = 0; j < reached; j++) {
      const v = order[j];
      dagStart[j] = ptr;
      const dv = dist[v];
      const sv = sigma[v];
      for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
        const w = targets[i];
        if (w === s || !sameLength(dv + lengths[i], dist[w])) continue;
        sigma[w] += sv;
        dagNode[ptr] = w;
        dagSlot[ptr++] = i;
      }
    }
    dagStart[reached] = ptr;
    for (let j = reached - 1; j >= 0; j--) {
      const v = order[j];
      const sv = sigma[v];
      let acc = 0;
      for (let p = dagStart[j], end = dagStart[j + 1]; p < end; p++) {
        const c = coef[dagNode[p]];
        acc += c;
        if (edge !== null) edge[edgeIds[dagSlot[p]]] += sv * c;
      }
      const delta = sv * acc;
      if (j > 0) node[v] += delta;
      coef[v] = (1 + delta) / sv;
    }
    for (let j = 0; j < reached; j++) {
      sigma[order[j]] = 0;
      coef[order[j]] = 0;
    }
  }
}

/**
 * Scales raw node sums from all sources as networkx `betweenness_centrality`: normalised, divide
 * by (n-1)(n-2), which for undirected graphs (raw sums count each pair twice) equals dividing
 * unordered-pair sums by (n-1)(n-2)/2; unnormalised, halve undirected sums. n <= 2: unchanged.
 */
export function normaliseBetweenness(g: Graph, raw: Float64Array, normalized = true): Float64Array {
  const n = g.n;
  let scale = 1;
  if (normalized) scale = n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  else if (!g.directed) scale = 0.5;
  return raw.map((x) => x * scale);
}

/** As networkx `edge_betweenness_centrality`: normalised, divide by n(n-1). */
export function normaliseEdgeBetweenness(
  g: Graph,
  raw: Float64Array,
  normalized = true,
): Float64Array {
  const n = g.n;
  let scale = 1;
  if (normalized) scale = n <= 1 ? 1 : 1 / (n * (n - 1));
  else if (!g.directed) scale = 0.5;
  return raw.map((x) => x * scale);
}

export function betweennessCentrality(g: Graph, options: BetweennessOptions = {}): Float64Array {
  const raw = betweennessContribution(g, allNodes(g.n), options);
  return normaliseBetweenness(g, raw.node, options.normalized ?? true);
}

/** Betweenness of each merged edge, indexed by edge id. */
export function edgeBetweennessCentrality(
  g: Graph,
  options: BetweennessOptions = {},
): Float64Array {
  const raw = betweennessContribution(g, allNodes(g.n), { ...options, edges: true });
  return normaliseEdgeBetweenness(g, raw.edge ?? new Float64Array(g.m), options.normalized ?? true);
}

function allNodes(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

export function betweennessConvention(
  g: Graph,
  options: BetweennessOptions = {},
  scope: 'node' | 'edge' = 'node',
): MetricConvention {
  const weighting = options.weighting ?? 'none';
  const normalized = options.normalized ?? true;
  const pairs = g.directed ? 'ordered pairs' : 'unordered pairs';
  const denominator =
    scope === 'node'
      ? g.directed
        ? '(n-1)(n-2)'
        : '(n-1)(n-2)/2'
      : g.directed
        ? 'n(n-1)'
        : 'n(n-1)/2';
  return convention({
    metric: scope === 'node' ? 'betweenness' : 'edgeBetweenness',
    scope,
    directed: g.directed,
    weighted: pathWeightUse(weighting),
    normalisation: normalized
      ? `sum over ${pairs} divided by ${denominator}`
      : `sum over ${pairs}, not normalised`,
    reference: `networkx.${scope === 'node' ? '' : 'edge_'}betweenness_centrality(normalized=${normalized ? 'True' : 'False'})`,
    description:
      `${normalized ? 'Average over all pairs of actors of the' : 'Sum over all pairs of actors of the'} share of their shortest paths that pass through this ${scope === 'node' ? 'actor' : 'tie'}` +
      ` (${pathWeightPhrase(weighting)}; tied shortest paths share the credit${g.directed ? '; paths follow tie direction' : ''}).`,
  });
}
