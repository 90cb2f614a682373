"""Loads Interweave's exports with networkx and igraph and prints what they read, as JSON.

Usage: round-trip.py DIR  (DIR holds export.graphml, export.gexf, nodes.csv, ties.csv,
metrics.csv). CSVs are read as pandas read_csv(comment='#') and R read.csv(comment.char='#')
read them: a line is cut at a '#' outside quotes.
"""
import csv
import io
import json
import sys

import igraph
import networkx as nx

folder = sys.argv[1]

# networkx reads GEXF 1.3 from version 3.0 on; Debian's networkx 2.8 knows only the drafts.
# There, register the 1.3 namespaces exactly as networkx 3 declares them (same reader code).
if "1.3" not in nx.readwrite.gexf.GEXF.versions:
    nx.readwrite.gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def strip_comments(path):
    """Each line up to its first '#' outside a quoted field, as the readers' comment option does."""
    kept = []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            quoted = False
            cut = len(line)
            for i, ch in enumerate(line):
                if ch == '"':
                    quoted = not quoted
                elif ch == "#" and not quoted:
                    cut = i
                    break
            text = line[:cut]
            if text.strip() == "" and cut < len(line):
                continue  # a whole-line comment
            kept.append(text if cut == len(line) else text + "\n")
    return list(csv.DictReader(io.StringIO("".join(kept))))


def attrs(d):
    return {k: v for k, v in d.items()}


graphml = nx.read_graphml(f"{folder}/export.graphml")
simple = nx.Graph(graphml)
betweenness = nx.betweenness_centrality(simple, normalized=True)
ig = igraph.Graph.Read_GraphML(f"{folder}/export.graphml")
gexf = nx.read_gexf(f"{folder}/export.gexf", version="1.3")

print(
    json.dumps(
        {
            "graphml": {
                "multigraph": graphml.is_multigraph(),
                "directed": graphml.is_directed(),
                "nodes": {n: attrs(d) for n, d in graphml.nodes(data=True)},
                # In a multigraph networkx keeps the GraphML edge id as the edge key.
                "edges": [[u, v, {**attrs(d), "id": k}] for u, v, k, d in graphml.edges(keys=True, data=True)],
                "graph": attrs(graphml.graph),
                "betweenness": betweenness,
            },
            "igraph": {
                "vcount": ig.vcount(),
                "ecount": ig.ecount(),
                "vertex_attributes": sorted(ig.vs.attributes()),
                "edge_attributes": sorted(ig.es.attributes()),
                "labels": {v["id"]: v["label"] for v in ig.vs},
                "graph_attributes": sorted(ig.attributes()),
            },
            "gexf": {
                "mode": gexf.graph.get("mode"),
                "nodes": {n: attrs(d) for n, d in gexf.nodes(data=True)},
                "edges": [[u, v, attrs(d)] for u, v, d in gexf.edges(data=True)],
            },
            "csv": {
                "nodes": strip_comments(f"{folder}/nodes.csv"),
                "ties": strip_comments(f"{folder}/ties.csv"),
                "metrics": strip_comments(f"{folder}/metrics.csv"),
            },
        }
    )
)
