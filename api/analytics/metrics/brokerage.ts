// Gould & Fernandez (1989) brokerage roles. A broker b mediates an ordered two-path a → b → c
// (a ≠ c) when a has no direct tie a → c; the role depends on the groups of a, b and c
// (role codes as in statnet `sna::brokerage`):
//
//   coordinator     (w_I)  a, b, c all in one group
//   itinerant       (w_O)  a and c share a group, b is an outsider ("consultant")
//   representative  (b_IO) a and b share a group, c is outside: b speaks for its group
//   gatekeeper      (b_OI) b and c share a group, a is outside: b controls what comes in
//   liaison         (b_O)  three different groups
//
// Only the absence of a → c is required (as Gould & Fernandez and statnet `sna::brokerage`);
// a tie c → a does not stop b from brokering a → c. Undirected ties count in both directions,
// so in an undirected network each open triad a - b - c is counted twice (a→b→c and c→b→a),
// and representative and gatekeeper counts are mirror images of each other.

import { convention, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { categoryCodes } from './groups';

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export interface BrokerageCounts {
  readonly coordinator: Int32Array;
  readonly itinerant: Int32Array;
  readonly representative: Int32Array;
  readonly gatekeeper: Int32Array;
  readonly liaison: Int32Array;
  /** All open two-paths through the node, including those touching an ungrouped node. */
  readonly total: Int32Array;
}

/**
 * Counts per node and role. Two-paths with an ungrouped endpoint or broker count only towards
 * `total`. Cost Σ_b (in-degree × out-degree) plus a marking pass per in-neighbour.
 */
export function brokerage(g: Graph, attribute?: string): BrokerageCounts {
  const n = g.n;
  const { codes } = categoryCodes(g, attribute);
  const counts = {
    coordinator: new Int32Array(n),
    itinerant: new Int32Array(n),
    representative: new Int32Array(n),
    gatekeeper: new Int32Array(n),
    liaison: new Int32Array(n),
    total: new Int32Array(n),
  };
  const out = g.outAdj;
  const inc = g.inAdj;
  // stamp[c] === tag ⇔ a → c exists for the current (broker, a) pair; tags never repeat.
  const stamp = new Int32Array(n).fill(-1);
  let tag = 0;
  for (let b = 0; b < n; b++) {
    const gb = codes[b];
    for (let i = inc.offsets[b]; i < inc.offsets[b + 1]; i++) {
      const a = inc.targets[i];
      const ga = codes[a];
      tag++;
      for (let j = out.offsets[a]; j < out.offsets[a + 1]; j++) stamp[out.targets[j]] = tag;
      for (let j = out.offsets[b]; j < out.offsets[b + 1]; j++) {
        const c = out.targets[j];
        if (c === a || stamp[c] === tag) continue;
        counts.total[b]++;
        const gc = codes[c];
        if (ga < 0 || gb < 0 || gc < 0) continue;
        if (ga === gb) {
          if (gb === gc) counts.coordinator[b]++;
          else counts.representative[b]++;
        } else if (gb === gc) counts.gatekeeper[b]++;
        else if (ga === gc) counts.itinerant[b]++;
        else counts.liaison[b]++;
      }
    }
  }
  return counts;
}

export function brokerageConvention(g: Graph, role: BrokerageRole | 'total'): MetricConvention {
  const what: Record<BrokerageRole | 'total', string> = {
    coordinator: 'brokers between two members of its own group',
    itinerant: 'brokers between two members of another group (consultant)',
    representative: 'passes ties from its own group to another group',
    gatekeeper: 'passes ties from another group into its own group',
    liaison: 'brokers between two groups, neither its own',
    total: 'brokers between two actors who are not directly tied, whatever their groups',
  };
  return convention({
    metric: role === 'total' ? 'brokerageTotal' : `brokerage.${role}`,
    scope: 'node',
    directed: g.directed,
    weighted: null,
    normalisation:
      'none (count of two-paths a→b→c with no tie a→c)' +
      (g.directed ? '' : '; undirected ties count both ways, so each open triad counts twice'),
    reference: 'Gould & Fernandez 1989; statnet sna::brokerage raw counts',
    description: `How often this actor ${what[role]} (Gould-Fernandez).`,
  });
}
