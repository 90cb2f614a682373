import { create } from 'xmlbuilder2';
import {
  AttrSpec,
  AttrType,
  AttrValue,
  EDGE_ATTRIBUTES,
  ExportGraph,
  NODE_ATTRIBUTES,
} from '../export-graph';
import { metaLines } from '../export-meta';
import { Spell } from '../history/timeline';

const GEXF_NS = 'http://gexf.net/1.3';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

const GEXF_TYPE: Record<AttrType, string> = {
  string: 'string',
  integer: 'integer',
  double: 'double',
  boolean: 'boolean',
};

type Element = ReturnType<ReturnType<typeof create>['ele']>;

function attributes(parent: Element, cls: 'node' | 'edge', specs: readonly AttrSpec[]) {
  const el = parent.ele('attributes', { class: cls, mode: 'static' });
  for (const spec of specs)
    el.ele('attribute', { id: spec.key, title: spec.key, type: GEXF_TYPE[spec.type] });
}

function values(parent: Element, attrs: Record<string, AttrValue>) {
  const set = Object.entries(attrs).filter(([, v]) => v !== null);
  if (set.length === 0) return;
  const el = parent.ele('attvalues');
  for (const [key, value] of set) el.ele('attvalue', { for: key, value: String(value) });
}

/** Inclusive GEXF 1.3 spells; an open end (still valid) has no `end`. */
function spells(parent: Element, list: Spell[] | undefined) {
  if (!list?.length) return;
  const el = parent.ele('spells');
  for (const spell of list)
    el.ele('spell', spell.end ? { start: spell.start, end: spell.end } : { start: spell.start });
}

/**
 * GEXF 1.3, dynamic, dates: every node and edge the council's history ever held at this
 * level (filtered), with spells from their validity, so Gephi's timeline plays the history.
 * Attribute values are those at the export's moment (or, for what did not exist then, the
 * last time it did). Edges are undirected for readers, direction kept in `directed`; the
 * tie type is the edge `kind`, so Gephi keeps parallel ties of different types apart.
 */
export function toGexf(graph: ExportGraph): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc
    .ele(GEXF_NS, 'gexf', { version: '1.3' })
    .att(XSI_NS, 'xsi:schemaLocation', `${GEXF_NS} ${GEXF_NS}/gexf.xsd`);
  const meta = root.ele('meta', { lastmodifieddate: graph.meta.generatedAt.slice(0, 10) });
  meta.ele('creator').txt('Interweave');
  meta.ele('keywords').txt(`${graph.meta.councilId}, ${graph.meta.level}, ${graph.meta.moment}`);
  meta.ele('description').txt(metaLines(graph.meta).join('\n'));
  const g = root.ele('graph', {
    mode: 'dynamic',
    defaultedgetype: 'undirected',
    timeformat: 'date',
    timerepresentation: 'interval',
  });
  attributes(g, 'node', NODE_ATTRIBUTES);
  attributes(g, 'edge', EDGE_ATTRIBUTES);
  const nodes = g.ele('nodes');
  for (const node of graph.nodes) {
    const el = nodes.ele('node', { id: node.id, label: node.label });
    values(el, node.attrs);
    spells(el, node.spells);
  }
  const edges = g.ele('edges');
  for (const edge of graph.edges) {
    const el = edges.ele('edge', {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      weight: String(edge.weight),
      kind: String(edge.attrs.tie_type),
    });
    values(el, edge.attrs);
    spells(el, edge.spells);
  }
  return doc.end({ prettyPrint: true });
}
