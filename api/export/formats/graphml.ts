import { create } from 'xmlbuilder2';
import {
  AttrSpec,
  AttrType,
  AttrValue,
  EDGE_ATTRIBUTES,
  ExportGraph,
  NODE_ATTRIBUTES,
} from '../export-graph';
import { metaRecord } from '../export-meta';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** GraphML's attr.type names, as networkx.read_graphml and igraph's reader know them. */
const GRAPHML_TYPE: Record<AttrType, string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
};

function text(value: AttrValue): string {
  return typeof value === 'boolean' ? String(value) : String(value);
}

/**
 * GraphML of the moment's network: every attribute declared as a typed <key>, the metadata
 * as graph-level data. Edges are undirected for readers (the analysis convention); each
 * keeps its tie direction in the `directed` data key, since networkx refuses graphs mixing
 * directed and undirected <edge>s.
 */
export function toGraphml(graph: ExportGraph): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc
    .ele(GRAPHML_NS, 'graphml')
    .att(XSI_NS, 'xsi:schemaLocation', `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`);
  const meta = metaRecord(graph.meta);
  const keyOf = (scope: 'g' | 'n' | 'e', key: string) => `${scope}_${key}`;
  const declare = (scope: 'g' | 'n' | 'e', spec: AttrSpec) =>
    root
      .ele('key', {
        id: keyOf(scope, spec.key),
        for: { g: 'graph', n: 'node', e: 'edge' }[scope],
        'attr.name': spec.key,
        'attr.type': GRAPHML_TYPE[spec.type],
      })
      .ele('desc')
      .txt(spec.description);
  for (const [key, value] of Object.entries(meta)) {
    declare('g', {
      key,
      type: typeof value === 'boolean' ? 'boolean' : 'string',
      description: `export ${key}`,
    });
  }
  declare('n', { key: 'label', type: 'string', description: 'pseudonym, or name where allowed' });
  NODE_ATTRIBUTES.forEach((spec) => declare('n', spec));
  EDGE_ATTRIBUTES.forEach((spec) => declare('e', spec));

  const g = root.ele('graph', { id: graph.meta.councilId, edgedefault: 'undirected' });
  for (const [key, value] of Object.entries(meta))
    g.ele('data', { key: keyOf('g', key) }).txt(text(value));
  const data = (
    parent: ReturnType<typeof g.ele>,
    scope: 'n' | 'e',
    attrs: Record<string, AttrValue>,
  ) => {
    for (const [key, value] of Object.entries(attrs)) {
      // No value is no <data>: readers then leave the attribute unset (R/pandas NA).
      if (value === null) continue;
      parent.ele('data', { key: keyOf(scope, key) }).txt(text(value));
    }
  };
  for (const node of graph.nodes) {
    const el = g.ele('node', { id: node.id });
    data(el, 'n', { label: node.label, ...node.attrs });
  }
  for (const edge of graph.edges) {
    const el = g.ele('edge', { id: edge.id, source: edge.source, target: edge.target });
    data(el, 'e', edge.attrs);
  }
  return doc.end({ prettyPrint: true });
}
