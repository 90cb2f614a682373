// Neighbourhood-based link prediction to suggest introductions: pairs of actors who are not
// tied but share contacts. Only pairs two steps apart can score above zero, so candidates are
// enumerated through common neighbours (Σ deg² work) rather than over all n² pairs.
// Computed on the undirected projection: a shared contact is shared whichever way ties point.

import { convention, projectionPhrase, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { categoryCodes } from './groups';
import { undirectedProjection } from './projection';

export type LinkScore = 'commonNeighbours' | 'jaccard' | 'adamicAdar';

export interface LinkSuggestion {
  /** Node indices, source < target. */
  readonly source: number;
  readonly target: number;
  readonly commonNeighbours: number;
  /** |N(u) ∩ N(v)| / |N(u) ∪ N(v)| (networkx `jaccard_coefficient`). */
  readonly jaccard: number;
  /** Σ over common neighbours w of 1 / ln(deg w) (networkx `adamic_adar_index`). */
  readonly adamicAdar: number;
}

export interface LinkPredictionOptions {
  /** Ranking score. Default 'adamicAdar'. */
  readonly score?: LinkScore;
  /** How many suggestions to return. Default 10. */
  readonly k?: number;
  /** Only pairs whose (known) groups differ: introductions across boundaries. */
  readonly crossGroupOnly?: boolean;
  readonly attribute?: string;
}

/**
 * Top-k non-adjacent pairs with at least one common neighbour, best first. Ties are broken by
 * the other two scores, then by node order, so the ranking is deterministic.
 */
export function predictLinks(g: Graph, options: LinkPredictionOptions = {}): LinkSuggestion[] {
  const u = undirectedProjection(g);
  const { offsets, targets } = u.outAdj;
  const n = u.n;
  const score = options.score ?? 'adamicAdar';
  const k = Math.max(0, options.k ?? 10);
  const codes = options.crossGroupOnly ? categoryCodes(g, options.attribute).codes : null;
  const invLog = new Float64Array(n);
  for (let w = 0; w < n; w++) {
    const d = offsets[w + 1] - offsets[w];
    invLog[w] = d > 1 ? 1 / Math.log(d) : 0; // a common neighbour always has degree >= 2
  }
  const adjacentTo = new Int32Array(n).fill(-1);
  const common = new Int32Array(n);
  const aa = new Float64Array(n);
  const touched = new Int32Array(n);
  let best: LinkSuggestion[] = [];
  const compare = comparator(score);
  for (let a = 0; a < n; a++) {
    const degA = offsets[a + 1] - offsets[a];
    adjacentTo[a] = a;
    for (let i = offsets[a]; i < offsets[a + 1]; i++) adjacentTo[targets[i]] = a;
    let count = 0;
    for (let i = offsets[a]; i < offsets[a + 1]; i++) {
      const w = targets[i];
      for (let j = offsets[w]; j < offsets[w + 1]; j++) {
        const b = targets[j];
        if (b <= a || adjacentTo[b] === a) continue;
        if (codes !== null && (codes[a] < 0 || codes[b] < 0 || codes[a] === codes[b])) continue;
        if (common[b] === 0) touched[count++] = b;
        common[b]++;
        aa[b] += invLog[w];
      }
    }
    for (let t = 0; t < count; t++) {
      const b = touched[t];
      const cn = common[b];
      const degB = offsets[b + 1] - offsets[b];
      best.push({
        source: a,
        target: b,
        commonNeighbours: cn,
        jaccard: cn / (degA + degB - cn),
        adamicAdar: aa[b],
      });
      common[b] = 0;
      aa[b] = 0;
    }
    // Keep memory bounded on big graphs: prune to the best k once the buffer grows.
    if (best.length > 4 * k + 1024) best = best.sort(compare).slice(0, k);
  }
  return best.sort(compare).slice(0, k);
}

/** Scores for given pairs of node indices, whether or not they are already tied. */
export function scorePairs(
  g: Graph,
  pairs: readonly (readonly [number, number])[],
): LinkSuggestion[] {
  const u = undirectedProjection(g);
  const { offsets, targets } = u.outAdj;
  const mark = new Int32Array(u.n).fill(-1);
  return pairs.map(([a, b], p) => {
    for (let i = offsets[a]; i < offsets[a + 1]; i++) mark[targets[i]] = p;
    let cn = 0;
    let aa = 0;
    for (let i = offsets[b]; i < offsets[b + 1]; i++) {
      const w = targets[i];
      if (mark[w] !== p) continue;
      cn++;
      aa += 1 / Math.log(offsets[w + 1] - offsets[w]);
    }
    const union = offsets[a + 1] - offsets[a] + (offsets[b + 1] - offsets[b]) - cn;
    return {
      source: Math.min(a, b),
      target: Math.max(a, b),
      commonNeighbours: cn,
      jaccard: union > 0 ? cn / union : 0,
      adamicAdar: aa,
    };
  });
}

function comparator(score: LinkScore): (x: LinkSuggestion, y: LinkSuggestion) => number {
  const keys: LinkScore[] = [
    score,
    ...(['adamicAdar', 'jaccard', 'commonNeighbours'] as const).filter((s) => s !== score),
  ];
  return (x, y) => {
    for (const key of keys) if (x[key] !== y[key]) return y[key] - x[key];
    return x.source - y.source || x.target - y.target;
  };
}

export function linkPredictionConvention(g: Graph, score: LinkScore): MetricConvention {
  const reference = {
    commonNeighbours: 'networkx.common_neighbors (count)',
    jaccard: 'networkx.jaccard_coefficient',
    adamicAdar: 'networkx.adamic_adar_index',
  }[score];
  const description = {
    commonNeighbours: 'Number of contacts the two actors share.',
    jaccard: 'Shared contacts as a share of all their contacts combined.',
    adamicAdar: 'Shared contacts, each counting more the fewer ties it has (1 / ln degree).',
  }[score];
  return convention({
    metric: `linkPrediction.${score}`,
    scope: 'pair',
    directed: false,
    weighted: null,
    normalisation: score === 'jaccard' ? 'in [0, 1]' : 'none',
    reference,
    description:
      description + ' Only pairs not yet tied are suggested.' + projectionPhrase(g.directed),
  });
}
