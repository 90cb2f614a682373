// Every number shown to a user carries its convention: whether direction was used, how weights
// entered, how it was normalised and which reference implementation it reproduces. Metric files
// build these descriptors from the options they actually ran with, so the API can attach the
// descriptor to each value instead of restating conventions by hand.

import type { PathWeighting } from './traversal';

/**
 * How tie weights entered a metric: null = ignored; 'strength' = weight counts as tie strength
 * (sums, shares); 'distance' = weight is a path length; 'inverse-distance' = 1/weight is a path
 * length.
 */
export type WeightUse = 'strength' | 'distance' | 'inverse-distance' | null;

export type MetricScope = 'node' | 'edge' | 'pair' | 'group' | 'network';

export interface MetricConvention {
  /** Stable machine key, e.g. 'betweenness'. */
  readonly metric: string;
  readonly scope: MetricScope;
  /** Whether tie direction was used (false for undirected graphs and for projections). */
  readonly directed: boolean;
  readonly weighted: WeightUse;
  /** Plain statement of the normalisation, e.g. 'divided by (n-1)(n-2)/2'. */
  readonly normalisation: string;
  /** The reference implementation reproduced, e.g. 'networkx.betweenness_centrality'. */
  readonly reference: string;
  /** One or two plain-English sentences for a tooltip or a table footnote. */
  readonly description: string;
}

export function pathWeightUse(weighting: PathWeighting): WeightUse {
  switch (weighting) {
    case 'none':
      return null;
    case 'distance':
      return 'distance';
    case 'inverse':
      return 'inverse-distance';
  }
}

/** Plain-English phrase for how path lengths were measured. */
export function pathWeightPhrase(weighting: PathWeighting): string {
  switch (weighting) {
    case 'none':
      return 'each tie counts as one step';
    case 'distance':
      return 'tie weight is the length of the step';
    case 'inverse':
      return 'a step costs 1/weight, so stronger ties are shorter';
  }
}

/** Phrase for how a directed input was treated by a metric defined on undirected ties. */
export function projectionPhrase(directed: boolean): string {
  return directed ? ' Direction is ignored: a tie either way counts.' : '';
}

export function convention(c: MetricConvention): MetricConvention {
  return Object.freeze(c);
}
