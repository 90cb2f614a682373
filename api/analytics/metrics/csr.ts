// CSR assembly shared by `buildGraph` and the undirected projection. Internal to this folder
// (not re-exported from index.ts): callers build graphs through `buildGraph`.

import type { Adjacency, BuildStats, Graph } from './graph';

/** Arcs before sorting and merging (internal to this folder). */
export interface ArcList {
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly w: Float64Array;
  len: number;
}

export function pushArc(arcs: ArcList, u: number, v: number, w: number): void {
  arcs.src[arcs.len] = u;
  arcs.dst[arcs.len] = v;
  arcs.w[arcs.len++] = w;
}

type NodeMeta = Pick<Graph, 'ids' | 'index' | 'groups' | 'attrs'>;

/**
 * Sorts arcs by (source, target), merges duplicates by summing weights and builds both CSR
 * directions. For an undirected graph `arcs` must hold both directions of every tie.
 */
export function assemble(
  meta: NodeMeta,
  directed: boolean,
  arcs: ArcList,
  counts: Omit<BuildStats, 'parallelMerged'>,
): Graph {
  const n = meta.ids.length;
  const { src, dst, w, len } = arcs;
  const order = sortArcs(n, len, src, dst);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(len);
  const weights = new Float64Array(len);
  let slots = 0;
  let prevU = -1;
  let prevV = -1;
  for (let k = 0; k < len; k++) {
    const a = order[k];
    const u = src[a];
    const v = dst[a];
    if (u === prevU && v === prevV) {
      weights[slots - 1] += w[a];
      continue;
    }
    targets[slots] = v;
    weights[slots] = w[a];
    offsets[u + 1]++;
    slots++;
    prevU = u;
    prevV = v;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const outTargets = targets.slice(0, slots);
  const outWeights = weights.slice(0, slots);

  const m = directed ? slots : slots / 2;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const outEdgeIds = new Int32Array(slots);
  assignEdgeIds(directed, n, offsets, outTargets, outWeights, outEdgeIds, [
    edgeSource,
    edgeTarget,
    edgeWeight,
  ]);
  const outAdj: Adjacency = {
    offsets,
    targets: outTargets,
    weights: outWeights,
    edgeIds: outEdgeIds,
  };
  const inAdj = directed ? transpose(n, outAdj) : outAdj;
  // Undirected ties arrive as two arcs each, so merged arcs / 2 = merged ties.
  const mergedArcs = len - slots;
  // Frozen so no caller can swap arrays under a cached projection; the typed arrays themselves
  // cannot be frozen, so by convention nothing writes to them after assembly.
  return Object.freeze({
    ids: meta.ids,
    index: meta.index,
    groups: meta.groups,
    attrs: meta.attrs,
    directed,
    n,
    m,
    outAdj,
    inAdj,
    edgeSource,
    edgeTarget,
    edgeWeight,
    stats: { ...counts, parallelMerged: directed ? mergedArcs : mergedArcs / 2 },
  });
}

/** Two stable counting sorts (by target, then by source): O(n + arcs), no comparator calls. */
function sortArcs(n: number, arcs: number, src: Int32Array, dst: Int32Array): Int32Array {
  const byDst = countingSort(n, arcs, dst, null);
  return countingSort(n, arcs, src, byDst);
}

function countingSort(n: number, len: number, key: Int32Array, input: Int32Array | null) {
  const count = new Int32Array(n + 1);
  for (let i = 0; i < len; i++) count[key[i] + 1]++;
  for (let v = 0; v < n; v++) count[v + 1] += count[v];
  const out = new Int32Array(len);
  for (let k = 0; k < len; k++) {
    const a = input === null ? k : input[k];
    out[count[key[a]]++] = a;
  }
  return out;
}

function assignEdgeIds(
  directed: boolean,
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  edgeIds: Int32Array,
  [edgeSource, edgeTarget, edgeWeight]: [Int32Array, Int32Array, Float64Array],
): void {
  let e = 0;
  for (let u = 0; u < n; u++) {
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const v = targets[i];
      if (!directed && v < u) {
        // The (v, u) slot was numbered when row v was visited.
        edgeIds[i] = edgeIds[findSlot(offsets, targets, v, u)];
        continue;
      }
      edgeIds[i] = e;
      edgeSource[e] = u;
      edgeTarget[e] = v;
      edgeWeight[e++] = weights[i];
    }
  }
}

function transpose(n: number, adj: Adjacency): Adjacency {
  const { offsets, targets, weights, edgeIds } = adj;
  const len = targets.length;
  const inOffsets = new Int32Array(n + 1);
  for (let i = 0; i < len; i++) inOffsets[targets[i] + 1]++;
  for (let v = 0; v < n; v++) inOffsets[v + 1] += inOffsets[v];
  const fill = inOffsets.slice(0, n);
  const inTargets = new Int32Array(len);
  const inWeights = new Float64Array(len);
  const inEdgeIds = new Int32Array(len);
  // Visiting sources in ascending order keeps each incoming row sorted.
  for (let u = 0; u < n; u++) {
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const slot = fill[targets[i]]++;
      inTargets[slot] = u;
      inWeights[slot] = weights[i];
      inEdgeIds[slot] = edgeIds[i];
    }
  }
  return { offsets: inOffsets, targets: inTargets, weights: inWeights, edgeIds: inEdgeIds };
}

/** Slot of target `v` in row `u`, or -1. Rows are sorted, so this is a binary search. */
export function findSlot(offsets: Int32Array, targets: Int32Array, u: number, v: number): number {
  let lo = offsets[u];
  let hi = offsets[u + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = targets[mid];
    if (t === v) return mid;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
