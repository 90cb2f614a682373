// Burt's structural-hole measures, exactly as networkx `constraint` and `effective_size`.
// networkx works with the "mutual weight" of a pair, w(u→v) + w(v→u), and treats direction
// only through it. That is precisely the undirected projection with summed weights (weighted)
// or arc counts (unweighted), so both measures run on that projection. For an undirected graph
// the mutual weight is 2w; the factor cancels in every proportion used below.

import { convention, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { undirectedProjection } from './projection';

export interface StructuralHoleOptions {
  /** Use tie weights (summed both ways); otherwise count ties (1 each way). Default false. */
  readonly weighted?: boolean;
}

export interface StructuralHoles {
  /** Burt's constraint; NaN for an actor without ties (networkx). */
  readonly constraint: Float64Array;
  /** Burt's effective size; NaN for an actor without ties (networkx). */
  readonly effectiveSize: Float64Array;
}

export function structuralHoles(g: Graph, options: StructuralHoleOptions = {}): StructuralHoles {
  const u = undirectedProjection(g, options.weighted ? 'sum' : 'count');
  const n = u.n;
  const { offsets, targets, weights } = u.outAdj;
  // total[v] = Σ mutual weights of v (normalises p), max[v] = largest one (normalises m).
  const total = new Float64Array(n);
  const max = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let i = offsets[v]; i < offsets[v + 1]; i++) {
      total[v] += weights[i];
      if (weights[i] > max[v]) max[v] = weights[i];
    }
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  // p[w] holds p_vw for the current ego's neighbours and 0 elsewhere; indirect[w] accumulates
  // Σ_q p_vq p_qw. Both are cleared after each ego, touching only its neighbours.
  const p = new Float64Array(n);
  const indirect = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    if (start === end) {
      constraint[v] = NaN;
      effectiveSize[v] = NaN;
      continue;
    }
    for (let i = start; i < end; i++) p[targets[i]] = weights[i] / total[v];
    let redundancy = 0;
    for (let i = start; i < end; i++) {
      const q = targets[i];
      const pvq = p[q];
      let shared = 0;
      for (let j = offsets[q]; j < offsets[q + 1]; j++) {
        const w = targets[j];
        const pvw = p[w];
        if (pvw === 0) continue; // w is not a contact of v (v itself has p = 0 too)
        indirect[w] += (pvq * weights[j]) / total[q];
        // Effective size: contact q is redundant to the extent v's other contacts w are tied
        // to q, weighted by v's investment p_vw and q's relative tie strength m_qw.
        shared += (pvw * weights[j]) / max[q];
      }
      redundancy += shared;
    }
    let c = 0;
    for (let i = start; i < end; i++) {
      const w = targets[i];
      const local = p[w] + indirect[w];
      c += local * local;
      p[w] = 0;
      indirect[w] = 0;
    }
    constraint[v] = c;
    effectiveSize[v] = end - start - redundancy;
  }
  return { constraint, effectiveSize };
}

export function structuralHolesConvention(
  g: Graph,
  kind: 'constraint' | 'effectiveSize',
  options: StructuralHoleOptions = {},
): MetricConvention {
  const weighted = options.weighted ?? false;
  const how = weighted
    ? 'Tie strength is the summed weight of the ties between two actors, both directions.'
    : g.directed
      ? 'Tie strength is the number of directed ties between two actors (1 or 2).'
      : 'All ties count equally.';
  return convention({
    metric: kind,
    scope: 'node',
    directed: false,
    weighted: weighted ? 'strength' : null,
    normalisation:
      kind === 'constraint'
        ? 'Σ over contacts of (direct + indirect proportional investment)²; undefined (NaN) without ties'
        : 'contacts minus their redundancy; undefined (NaN) without ties',
    reference: `networkx.${kind === 'constraint' ? 'constraint' : 'effective_size'}(weight=${weighted ? '"weight"' : 'None'})`,
    description:
      (kind === 'constraint'
        ? "Burt's constraint: high when an actor's contacts are tied to each other, so the actor bridges no structural holes."
        : "Burt's effective size: the number of an actor's contacts, discounted for contacts who are tied to each other.") +
      ' ' +
      how,
  });
}
