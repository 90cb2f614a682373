/**
 * Whole-network statistics shown over time and across councils: labels, formatting and the
 * convention behind each number. Pure: no React, no DOM.
 */

/** GraphQL MetricConventionModel. */
export interface MetricConvention {
  metric: string;
  scope: string;
  directed: boolean;
  weighted: string | null;
  normalisation: string;
  reference: string;
  description: string;
}

/** GraphQL MetricValueModel. */
export interface MetricValue {
  metric: string;
  value: number | null;
}

export interface StatDefinition {
  /** Metric key in `network { metric value }`, or a top-level count. */
  metric: string;
  label: string;
  /** Convention key when it differs from `metric`. */
  conventionKey?: string;
}

/** The statistics the issue asks for, in display order. */
export const NETWORK_STATS: readonly StatDefinition[] = [
  { metric: 'density', label: 'Density' },
  { metric: 'connectedComponents', label: 'Components' },
  { metric: 'transitivity', label: 'Transitivity' },
  { metric: 'eiIndex', label: 'E-I index' },
  { metric: 'modularity', label: 'Modularity' },
];

/** Extra rows in the council comparison table. */
export const COMPARISON_STATS: readonly StatDefinition[] = [
  ...NETWORK_STATS,
  { metric: 'eiIndexBaseline', label: 'E-I if all pairs were tied' },
  { metric: 'largestComponentSize', label: 'Largest component (actors)' },
  { metric: 'averageClustering', label: 'Average clustering' },
  { metric: 'degreeCentralisation', label: 'Degree centralisation' },
  { metric: 'communityCount', label: 'Communities' },
];

/** Directed graphs report weak components under another key; either answers "components". */
const ALIASES: Record<string, readonly string[]> = {
  connectedComponents: ['connectedComponents', 'weaklyConnectedComponents'],
};

/** The value of a network metric (null when absent or undefined). */
export function statValue(network: readonly MetricValue[], metric: string): number | null {
  for (const key of ALIASES[metric] ?? [metric]) {
    const hit = network.find((m) => m.metric === key);
    if (hit) return hit.value ?? null;
  }
  return null;
}

/** The convention of a metric (following the same aliases). */
export function findConvention(
  conventions: readonly MetricConvention[],
  metric: string,
): MetricConvention | null {
  for (const key of ALIASES[metric] ?? [metric]) {
    const hit = conventions.find((c) => c.metric === key);
    if (hit) return hit;
  }
  return null;
}

/** One line stating how a number was computed, e.g. "undirected · unweighted · ties / (n(n-1)/2)". */
export function conventionSummary(c: MetricConvention): string {
  const weighted = c.weighted ? `weighted by ${c.weighted}` : 'unweighted';
  return `${c.directed ? 'directed' : 'undirected'} · ${weighted} · ${c.normalisation}`;
}

/** Full text for a tooltip or footnote. */
export function conventionText(c: MetricConvention): string {
  return `${c.description} (${conventionSummary(c)}; reference: ${c.reference})`;
}

/** Display of a statistic: counts as whole numbers, others to 3 decimals. */
export function formatStat(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(3);
}

/** Signed change between two values ('' when either is undefined). */
export function formatDelta(before: number | null, after: number | null): string {
  if (before === null || after === null) return '';
  const d = after - before;
  if (d === 0) return '±0';
  const text = Number.isInteger(d) ? String(Math.abs(d)) : Math.abs(d).toFixed(3);
  return `${d > 0 ? '+' : '−'}${text}`;
}
