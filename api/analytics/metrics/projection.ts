import { assemble, pushArc, type ArcList } from './csr';
import type { Graph } from './graph';

/**
 * How an undirected projection weighs a pair of actors:
 * - 'sum': the summed weights of the arcs between them (u->v plus v->u);
 * - 'count': the number of arcs between them (1 or 2), ignoring weights.
 * These match networkx's "mutual weight" (structural holes) with and without `weight=`.
 */
export type ProjectionWeight = 'sum' | 'count';

// Graphs are immutable, so a projection can be cached for as long as its graph lives.
const cache = new WeakMap<Graph, Partial<Record<ProjectionWeight, Graph>>>();

/**
 * The undirected graph with a tie wherever the input has an arc in either direction. For an
 * already undirected graph 'sum' returns it unchanged and 'count' gives every tie weight 1.
 */
export function undirectedProjection(g: Graph, weight: ProjectionWeight = 'sum'): Graph {
  if (!g.directed && weight === 'sum') return g;
  const entry = cache.get(g) ?? {};
  const hit = entry[weight];
  if (hit) return hit;
  const projected = g.directed ? projectDirected(g, weight) : unitWeights(g);
  entry[weight] = projected;
  cache.set(g, entry);
  return projected;
}

function projectDirected(g: Graph, weight: ProjectionWeight): Graph {
  const { offsets, targets, weights } = g.outAdj;
  const cap = targets.length * 2;
  const arcs: ArcList = {
    src: new Int32Array(cap),
    dst: new Int32Array(cap),
    w: new Float64Array(cap),
    len: 0,
  };
  for (let u = 0; u < g.n; u++) {
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const w = weight === 'sum' ? weights[i] : 1;
      pushArc(arcs, u, targets[i], w);
      pushArc(arcs, targets[i], u, w);
    }
  }
  return assemble(g, false, arcs, {
    inputEdges: g.stats.inputEdges,
    selfLoopsDropped: g.stats.selfLoopsDropped,
  });
}

function unitWeights(g: Graph): Graph {
  const ones = new Float64Array(g.outAdj.weights.length).fill(1);
  const adj = { ...g.outAdj, weights: ones };
  return {
    ...g,
    outAdj: adj,
    inAdj: adj,
    edgeWeight: new Float64Array(g.m).fill(1),
  };
}
