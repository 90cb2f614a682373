import { stringify } from 'csv-stringify/sync';
import { AttrValue, EDGE_ATTRIBUTES, ExportGraph, NODE_ATTRIBUTES } from '../export-graph';
import { ExportMeta, metaLines } from '../export-meta';

/**
 * `# ` comment lines first, then an ordinary CSV with a header row. Readers told that `#`
 * starts a comment (pandas `comment='#'`, R `comment.char='#'`) skip the header lines;
 * both treat a `#` inside a quoted field as text, so every field holding one is quoted.
 */
function csv(
  meta: ExportMeta,
  extra: string[],
  columns: string[],
  rows: Record<string, AttrValue>[],
) {
  const header = [...metaLines(meta), ...extra]
    .map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\n`)
    .join('');
  return (
    header +
    stringify(rows, {
      header: true,
      columns,
      quoted_match: /#/,
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    })
  );
}

/** nodes.csv: one row per node, keyed by `id`; the label is a column like any attribute. */
export function nodesCsv(graph: ExportGraph): string {
  const columns = ['id', 'label', ...NODE_ATTRIBUTES.map((a) => a.key)];
  const rows = graph.nodes.map((n) => ({ id: n.id, label: n.label, ...n.attrs }));
  return csv(graph.meta, [], columns, rows);
}

/** ties.csv: one row per edge; `source` and `target` are node ids from nodes.csv, not labels. */
export function tiesCsv(graph: ExportGraph): string {
  const columns = ['id', 'source', 'target', ...EDGE_ATTRIBUTES.map((a) => a.key)];
  const rows = graph.edges.map((e) => ({
    ...e.attrs,
    id: e.id,
    source: e.source,
    target: e.target,
  }));
  return csv(graph.meta, [], columns, rows);
}

export interface MetricRow {
  node_id: string;
  wave_id: string | null;
  wave_label: string | null;
  moment: string;
  metric: string;
  value: number | null;
}

/** metrics.csv: long format, one row per node, moment and metric (empty value = undefined). */
export function metricsCsv(meta: ExportMeta, conventions: string[], rows: MetricRow[]): string {
  const columns = ['node_id', 'wave_id', 'wave_label', 'moment', 'metric', 'value'];
  return csv(meta, conventions, columns, rows as unknown as Record<string, AttrValue>[]);
}
