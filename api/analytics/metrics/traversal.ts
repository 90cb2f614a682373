import type { Adjacency } from './graph';
import { IndexedMinHeap } from './heap';

/**
 * How tie weights enter shortest paths:
 * - 'none': every tie has length 1 (breadth-first search);
 * - 'distance': the weight is the length (networkx `weight=`/`distance=` semantics);
 * - 'inverse': length = 1 / weight, so strong ties are short (Newman 2001, Opsahl et al. 2010).
 * Tie weights in Interweave are strengths, so 'inverse' is the natural weighted choice.
 */
export type PathWeighting = 'none' | 'distance' | 'inverse';

/**
 * Two weighted path lengths within this relative tolerance count as equal, so that float
 * rounding does not split genuinely tied shortest paths (as igraph does; networkx compares
 * exactly, which only differs when rounding splits such ties).
 */
export const PATH_LENGTH_RTOL = 1e-10;

/** Per-slot lengths for a weighting, or null for breadth-first (unit lengths). */
export function edgeLengths(adj: Adjacency, weighting: PathWeighting): Float64Array | null {
  switch (weighting) {
    case 'none':
      return null;
    case 'distance':
      return adj.weights;
    case 'inverse':
      return adj.weights.map((w) => 1 / w);
  }
}

/** True when `candidate` (>= best by construction) ties the shortest length `best`. */
export function sameLength(candidate: number, best: number): boolean {
  return candidate - best <= PATH_LENGTH_RTOL * best;
}

/**
 * Buffers for repeated single-source searches. After `run`, `order[0..reached)` lists reached
 * nodes by non-decreasing distance and `dist` holds their distances (Infinity elsewhere). The
 * next `run` resets only the nodes the previous one touched, so n searches cost O(n·m), not
 * O(n² + n·m) for refilling arrays.
 */
export class SearchSpace {
  readonly dist: Float64Array;
  readonly order: Int32Array;
  reached = 0;
  private readonly heap: IndexedMinHeap;

  constructor(n: number) {
    this.dist = new Float64Array(n).fill(Infinity);
    this.order = new Int32Array(n);
    this.heap = new IndexedMinHeap(n);
  }

  /** Shortest distances from `s`, optionally confined to nodes with `allowed[v] === 1`. */
  run(adj: Adjacency, lengths: Float64Array | null, s: number, allowed?: Uint8Array): void {
    this.clear();
    if (lengths === null) this.bfs(adj, s, allowed);
    else this.dijkstra(adj, lengths, s, allowed);
  }

  clear(): void {
    for (let k = 0; k < this.reached; k++) this.dist[this.order[k]] = Infinity;
    this.reached = 0;
  }

  private bfs(adj: Adjacency, s: number, allowed?: Uint8Array): void {
    const { offsets, targets } = adj;
    const { dist, order } = this;
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
        const w = targets[i];
        if (dist[w] !== Infinity || (allowed !== undefined && allowed[w] === 0)) continue;
        dist[w] = next;
        order[tail++] = w;
      }
    }
    this.reached = tail;
  }

  private dijkstra(adj: Adjacency, lengths: Float64Array, s: number, allowed?: Uint8Array): void {
    const { offsets, targets } = adj;
    const { dist, order, heap } = this;
    // `dist` holds tentative distances; a node is final once popped. Lengths are positive, so
    // a popped node is never improved again and every node given a distance is eventually
    // popped: `order` therefore lists exactly the nodes to reset next time.
    let tail = 0;
    dist[s] = 0;
    heap.push(s, 0);
    while (heap.length > 0) {
      const v = heap.pop();
      order[tail++] = v;
      const dv = dist[v];
      for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
        const w = targets[i];
        if (allowed !== undefined && allowed[w] === 0) continue;
        const alt = dv + lengths[i];
        if (alt < dist[w]) {
          dist[w] = alt;
          heap.push(w, alt);
        }
      }
    }
    this.reached = tail;
  }
}
