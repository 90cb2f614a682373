import { SUPPRESSION_RULE } from '../analytics/analysis/small-groups';
import { SNAPSHOT_CONVENTION } from '../analytics/analysis/analysis-options';
import { NetworkLevel, SnapshotFilter } from '../analytics/snapshot/snapshot-types';

/** What every export states about itself: where, when, how it was cut and what it means. */
export interface ExportMeta {
  councilId: string;
  /** The date the network is read at (YYYY-MM-DD). */
  moment: string;
  /** The wave that date came from, when the request named one. */
  waveId: string | null;
  level: NetworkLevel;
  filter: SnapshotFilter;
  /** True unless the caller may see display names. */
  pseudonymised: boolean;
  researcher: boolean;
  generatedAt: string;
  conventions: string[];
}

/** `tieTypeIds=a,b; minStrength=3`, or `none` when nothing is filtered. */
export function describeFilter(filter: SnapshotFilter): string {
  const parts = Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
  return parts.length ? parts.join('; ') : 'none';
}

export function exportMeta(input: Omit<ExportMeta, 'conventions' | 'generatedAt'>): ExportMeta {
  const conventions = [
    SNAPSHOT_CONVENTION,
    'Node ids are Interweave ids (stable across exports and waves); edges join nodes by id, never by label.',
    input.pseudonymised
      ? 'People are labelled by pseudonym.'
      : 'People are labelled by display name (the council shows names to this role).',
    'Analysis is undirected, as networkx Graph: each edge keeps its tie direction in the attribute "directed" (source → target when true).',
    'Edge weight = strength, summed over the ties the edge stands for (each 1–5); integration_level is their mean (1–7).',
    'Validity periods are half-open: valid_from is the first day valid, valid_to the first day no longer valid.',
  ];
  if (input.researcher) conventions.push(SUPPRESSION_RULE);
  return { ...input, generatedAt: new Date().toISOString(), conventions };
}

/** The metadata as plain lines (GEXF description, CSV comment header). */
export function metaLines(meta: ExportMeta): string[] {
  return [
    `Interweave export of council ${meta.councilId}`,
    `moment: ${meta.moment}${meta.waveId ? ` (wave ${meta.waveId})` : ''}`,
    `level: ${meta.level}`,
    `filters: ${describeFilter(meta.filter)}`,
    `pseudonymised: ${meta.pseudonymised}`,
    `generated: ${meta.generatedAt}`,
    ...meta.conventions.map((c) => `convention: ${c}`),
  ];
}

/** The metadata as flat key → string pairs (GraphML graph data, JSON graph attributes). */
export function metaRecord(meta: ExportMeta): Record<string, string | boolean> {
  return {
    council_id: meta.councilId,
    moment: meta.moment,
    wave_id: meta.waveId ?? '',
    level: meta.level,
    filters: describeFilter(meta.filter),
    pseudonymised: meta.pseudonymised,
    generated_at: meta.generatedAt,
    conventions: meta.conventions.join(' '),
  };
}
