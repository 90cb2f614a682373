import { ExportGraph } from '../export-graph';
import { describeFilter, ExportMeta } from '../export-meta';

function metaObject(meta: ExportMeta) {
  return {
    council_id: meta.councilId,
    moment: meta.moment,
    wave_id: meta.waveId,
    level: meta.level,
    filters: meta.filter,
    filters_text: describeFilter(meta.filter),
    pseudonymised: meta.pseudonymised,
    generated_at: meta.generatedAt,
    conventions: meta.conventions,
  };
}

/**
 * graphology's serialisation (`graph.import(json)` / `Graph.from(json)`): a mixed multigraph,
 * since ties keep their direction and parallel ties of different types stay apart.
 */
export function toGraphology(graph: ExportGraph) {
  return {
    attributes: metaObject(graph.meta),
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: graph.nodes.map((n) => ({ key: n.id, attributes: { label: n.label, ...n.attrs } })),
    edges: graph.edges.map((e) => ({
      key: e.id,
      source: e.source,
      target: e.target,
      undirected: !e.directed,
      attributes: { weight: e.weight, ...e.attrs },
    })),
  };
}

/** Cytoscape.js elements (`cy.add(json.elements)` or `cytoscape({elements})`), metadata in `data`. */
export function toCytoscape(graph: ExportGraph) {
  return {
    data: metaObject(graph.meta),
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { ...n.attrs, id: n.id, label: n.label } })),
      edges: graph.edges.map((e) => ({
        data: { weight: e.weight, ...e.attrs, id: e.id, source: e.source, target: e.target },
      })),
    },
  };
}
