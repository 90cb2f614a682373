import { MetricConvention } from '../analytics/metrics/conventions';

/**
 * A metric's name with its convention, for a column or a long-format row:
 * `betweenness_normalised_undirected`, `strength_raw_undirected_strength_weighted`.
 */
export function metricName(c: MetricConvention): string {
  const base = c.metric
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();
  const raw = /^none\b|not normalised/.test(c.normalisation);
  const weighted = c.weighted ? `_${c.weighted.replace(/-/g, '_')}_weighted` : '';
  // A name that already says it is normalised (harmonicNormalised) does not say it twice.
  const scale = base.endsWith('_normalised') ? '' : raw ? '_raw' : '_normalised';
  return `${base}${scale}_${c.directed ? 'directed' : 'undirected'}${weighted}`;
}

/** One line stating what the name means in full (normalisation and reference). */
export function metricNote(name: string, c: MetricConvention): string {
  return `metric ${name}: ${c.description} Normalisation: ${c.normalisation}. Reference: ${c.reference}.`;
}
