import { convention, type MetricConvention } from './conventions';
import { degrees } from './degree';
import type { Graph } from './graph';
import { categoryCodes } from './groups';

/**
 * networkx `degree_assortativity_coefficient`: Pearson correlation of the degrees at either end
 * of a tie. Undirected: each tie counted in both orientations. Directed: out-degree of the
 * source against in-degree of the target (networkx x="out", y="in"). NaN when undefined (no
 * ties, or all ends have the same degree).
 */
export function degreeAssortativity(g: Graph): number {
  const xs = g.directed ? degrees(g, 'out') : degrees(g);
  const ys = g.directed ? degrees(g, 'in') : xs;
  const { offsets, targets } = g.outAdj;
  // Two passes (means, then centred moments) for numerical stability.
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let u = 0; u < g.n; u++) {
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      sx += xs[u];
      sy += ys[targets[i]];
      count++;
    }
  }
  if (count === 0) return NaN;
  const mx = sx / count;
  const my = sy / count;
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let u = 0; u < g.n; u++) {
    const dx = xs[u] - mx;
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const dy = ys[targets[i]] - my;
      cov += dx * dy;
      vx += dx * dx;
      vy += dy * dy;
    }
  }
  return cov / Math.sqrt(vx * vy);
}

/**
 * networkx `attribute_assortativity_coefficient` (Newman 2003): r = (Σᵢ eᵢᵢ − Σᵢ aᵢbᵢ) /
 * (1 − Σᵢ aᵢbᵢ) over the category mixing matrix e. Undirected ties count in both orientations,
 * arcs once. Categories are the node group, or `attrs[attribute]` when given; ties touching a
 * node without a value are left out (networkx would fail). NaN when undefined.
 */
export function attributeAssortativity(g: Graph, attribute?: string): number {
  const { codes, categories } = categoryCodes(g, attribute);
  const k = categories.length;
  const e = new Float64Array(k * k);
  const { offsets, targets } = g.outAdj;
  let total = 0;
  for (let u = 0; u < g.n; u++) {
    if (codes[u] < 0) continue;
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const cv = codes[targets[i]];
      if (cv < 0) continue;
      e[codes[u] * k + cv]++;
      total++;
    }
  }
  if (total === 0) return NaN;
  let trace = 0;
  let ab = 0;
  for (let i = 0; i < k; i++) {
    trace += e[i * k + i] / total;
    let a = 0;
    let b = 0;
    for (let j = 0; j < k; j++) {
      a += e[i * k + j] / total;
      b += e[j * k + i] / total;
    }
    ab += a * b;
  }
  return (trace - ab) / (1 - ab);
}

export function assortativityConvention(
  g: Graph,
  kind: 'degree' | 'attribute',
  attribute?: string,
): MetricConvention {
  return convention({
    metric: kind === 'degree' ? 'degreeAssortativity' : 'attributeAssortativity',
    scope: 'network',
    directed: g.directed,
    weighted: null,
    normalisation: kind === 'degree' ? 'Pearson correlation, in [-1, 1]' : 'Newman r, in [-1, 1]',
    reference:
      kind === 'degree'
        ? 'networkx.degree_assortativity_coefficient'
        : `networkx.attribute_assortativity_coefficient("${attribute ?? 'group'}")`,
    description:
      kind === 'degree'
        ? 'Positive when well-connected actors tie to each other, negative when they tie to the less connected.' +
          (g.directed ? ' Compares out-degree of the sender with in-degree of the receiver.' : '')
        : `Positive when ties stay within the same ${attribute ?? 'group'}, negative when they cross; actors without a value are left out.`,
  });
}
