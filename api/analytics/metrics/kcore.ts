import { convention, type MetricConvention } from './conventions';
import { degrees } from './degree';
import type { Graph } from './graph';

/**
 * Core number (Batagelj & Zaversnik 2003, O(n + m)): the largest k such that the node belongs
 * to a subgraph where everyone has at least k ties. As networkx `core_number`, a directed graph
 * uses total degree (in + out), so a tie in both directions counts twice.
 */
export function coreNumber(g: Graph): Int32Array {
  const n = g.n;
  const deg = degrees(g, 'total');
  let maxDeg = 0;
  for (let v = 0; v < n; v++) if (deg[v] > maxDeg) maxDeg = deg[v];
  // Bucket sort nodes by degree: vert is the sorted order, pos[v] its index, bin[d] the start
  // of bucket d. Peeling a node decrements its higher-degree neighbours in O(1) each.
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v] + 1]++;
  for (let d = 0; d <= maxDeg; d++) bin[d + 1] += bin[d];
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  const fill = bin.slice();
  for (let v = 0; v < n; v++) {
    pos[v] = fill[deg[v]]++;
    vert[pos[v]] = v;
  }
  const lists = g.directed ? [g.outAdj, g.inAdj] : [g.outAdj];
  for (let k = 0; k < n; k++) {
    const v = vert[k];
    for (const { offsets, targets } of lists) {
      for (let i = offsets[v]; i < offsets[v + 1]; i++) {
        const u = targets[i];
        if (deg[u] <= deg[v]) continue;
        const du = deg[u];
        const pu = pos[u];
        const pw = bin[du];
        const w = vert[pw];
        if (u !== w) {
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
          pos[u] = pw;
        }
        bin[du]++;
        deg[u]--;
      }
    }
  }
  return deg;
}

export function coreNumberConvention(g: Graph): MetricConvention {
  return convention({
    metric: 'coreNumber',
    scope: 'node',
    directed: g.directed,
    weighted: null,
    normalisation: 'none (an integer k)',
    reference: 'networkx.core_number',
    description:
      'The largest k such that this actor sits in a group where everyone has at least k ties.' +
      (g.directed ? ' Ties are counted in and out, so a mutual tie counts twice.' : ''),
  });
}
