/**
 * Words for the API's metric keys, wherever a metric is named to a user (the detail panel,
 * the table's columns, Size by). The key stays the API's (and the CSV's); what each number
 * means and how it was computed comes with it from the API's conventions.
 */
export const METRIC_NAMES: Record<string, string> = {
  degree: 'Degree (ties to distinct actors)',
  strength: 'Strength (sum of tie strengths)',
  betweenness: 'Betweenness (broker between others)',
  closeness: 'Closeness',
  harmonic: 'Harmonic closeness',
  eigenvector: 'Eigenvector (tied to the well-tied)',
  pagerank: 'PageRank',
  coreNumber: 'k-core (core number)',
  clustering: 'Clustering (neighbours tied to each other)',
  constraint: 'Constraint (Burt)',
  effectiveSize: 'Effective size (Burt)',
  brokerageTotal: 'Brokerage roles (Gould–Fernandez)',
  nodeEiIndex: 'E-I index (ties outside vs inside own group)',
};

/** The words for a metric key; an unknown key is spelled out from its camelCase. */
export function metricName(key: string): string {
  return (
    METRIC_NAMES[key] ??
    key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
  );
}
