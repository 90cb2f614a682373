// Krackhardt & Stern (1988) E-I index: (E − I) / (E + I), where E counts ties that cross group
// boundaries and I ties inside a group: −1 = all ties internal, +1 = all external. Direction is
// ignored (a pair tied either way is one tie), as in the original undirected formulation; the
// weighted variant sums tie weights (both directions) instead of counting pairs.

import { convention, projectionPhrase, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { categoryCodes } from './groups';
import { undirectedProjection } from './projection';

export interface EIOptions {
  readonly weighted?: boolean;
  /** Node attribute to group by instead of `group`. */
  readonly attribute?: string;
}

export interface EIValue {
  readonly external: number;
  readonly internal: number;
  /** Null when the actor or group has no ties to grouped actors (0/0). */
  readonly index: number | null;
}

export interface GroupEI extends EIValue {
  readonly group: string;
  readonly size: number;
}

export interface EIResult {
  readonly network: EIValue & {
    /**
     * E-I if every possible pair of grouped actors were tied: what group sizes alone produce.
     * Comparing with it keeps councils whose groups differ in size comparable.
     */
    readonly baseline: number | null;
  };
  readonly groups: readonly GroupEI[];
  /** Per node; NaN for ungrouped nodes and for grouped nodes without grouped contacts. */
  readonly nodeExternal: Float64Array;
  readonly nodeInternal: Float64Array;
  readonly nodeIndex: Float64Array;
}

/** Ties touching an ungrouped actor are left out everywhere. */
export function eiIndex(g: Graph, options: EIOptions = {}): EIResult {
  const u = undirectedProjection(g);
  const { codes, categories, sizes } = categoryCodes(g, options.attribute);
  const k = categories.length;
  const groupE = new Float64Array(k);
  const groupI = new Float64Array(k);
  const nodeExternal = new Float64Array(g.n);
  const nodeInternal = new Float64Array(g.n);
  let E = 0;
  let I = 0;
  for (let e = 0; e < u.m; e++) {
    const a = u.edgeSource[e];
    const b = u.edgeTarget[e];
    const ca = codes[a];
    const cb = codes[b];
    if (ca < 0 || cb < 0) continue;
    const w = options.weighted ? u.edgeWeight[e] : 1;
    if (ca === cb) {
      I += w;
      groupI[ca] += w;
      nodeInternal[a] += w;
      nodeInternal[b] += w;
    } else {
      E += w;
      groupE[ca] += w;
      groupE[cb] += w;
      nodeExternal[a] += w;
      nodeExternal[b] += w;
    }
  }
  const nodeIndex = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const i = codes[v] < 0 ? null : ratio(nodeExternal[v], nodeInternal[v]);
    nodeIndex[v] = i ?? NaN;
    if (codes[v] < 0) nodeExternal[v] = nodeInternal[v] = NaN;
  }
  // Possible pairs: inside groups Σ nᵢ(nᵢ−1)/2, across groups (N² − Σ nᵢ²)/2.
  let grouped = 0;
  let squares = 0;
  let possibleI = 0;
  for (let c = 0; c < k; c++) {
    grouped += sizes[c];
    squares += sizes[c] * sizes[c];
    possibleI += (sizes[c] * (sizes[c] - 1)) / 2;
  }
  const possibleE = (grouped * grouped - squares) / 2;
  return {
    network: {
      external: E,
      internal: I,
      index: ratio(E, I),
      baseline: ratio(possibleE, possibleI),
    },
    groups: categories.map((group, c) => ({
      group,
      size: sizes[c],
      external: groupE[c],
      internal: groupI[c],
      index: ratio(groupE[c], groupI[c]),
    })),
    nodeExternal,
    nodeInternal,
    nodeIndex,
  };
}

function ratio(E: number, I: number): number | null {
  return E + I > 0 ? (E - I) / (E + I) : null;
}

export function eiConvention(
  g: Graph,
  scope: 'network' | 'group' | 'node' | 'baseline',
  options: EIOptions = {},
): MetricConvention {
  const weighted = options.weighted ?? false;
  const by = options.attribute ?? 'group';
  const metric = {
    network: 'eiIndex',
    group: 'groupEiIndex',
    node: 'nodeEiIndex',
    baseline: 'eiIndexBaseline',
  }[scope];
  return convention({
    metric,
    scope: scope === 'baseline' ? 'network' : scope,
    directed: false,
    weighted: scope === 'baseline' ? null : weighted ? 'strength' : null,
    normalisation:
      scope === 'baseline'
        ? '(E − I) / (E + I) over all possible pairs of grouped actors'
        : '(E − I) / (E + I), in [-1, 1]; undefined without ties',
    reference: 'Krackhardt & Stern 1988',
    description:
      (scope === 'baseline'
        ? `The E-I index if every pair of actors were tied: what ${by} sizes alone would give. Compare the observed E-I with it.`
        : `−1 when all ${weighted ? 'tie weight stays' : 'ties stay'} inside the ${by}, +1 when all cross to other groups; actors without a ${by} are left out.`) +
      projectionPhrase(g.directed),
  });
}
