import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotRepository } from '../../../api/analytics/snapshot/snapshot.repository';
import { ExportRepository } from '../../../api/export/export.repository';
import { rawAt } from '../../../api/export/history/raw-at';
import { testPython } from '../../support/preflight-plan';
import { scratchDir } from '../../support/scratch-dir';
import { deleteCouncil } from '../../support/domain-fixtures';
import { startTestApp, TestApp } from '../../support/test-app';
import { createExportCouncil, download, ExportCouncil } from './export-fixture';

const dir = scratchDir('interweave-export-');

type Row = Record<string, string>;
interface PythonView {
  graphml: {
    multigraph: boolean;
    directed: boolean;
    nodes: Record<string, Record<string, unknown>>;
    edges: [string, string, Record<string, unknown>][];
    graph: Record<string, unknown>;
    betweenness: Record<string, number>;
  };
  igraph: {
    vcount: number;
    ecount: number;
    vertex_attributes: string[];
    edge_attributes: string[];
    labels: Record<string, string>;
    graph_attributes: string[];
  };
  gexf: {
    mode: string;
    nodes: Record<string, Record<string, unknown> & { spells?: [string, string][] }>;
    edges: [string, string, Record<string, unknown> & { spells?: [string, string][] }][];
  };
  csv: { nodes: Row[]; ties: Row[]; metrics: Row[] };
}

/** Sorted, so arrays compare as sets. */
const sorted = (xs: string[]) => [...xs].sort();

describe('exports round-trip through networkx and igraph', () => {
  let api: TestApp;
  let council: ExportCouncil;
  let py: PythonView;
  /** Interweave's own numbers at the review wave, from the GraphQL API. */
  let betweenness: Map<string, number>;
  let snapshot: { nodes: { id: string; label: string }[]; edges: { id: string }[] };

  beforeAll(async () => {
    api = await startTestApp();
    council = await createExportCouncil(api);
    const base = `/api/councils/${council.id}`;
    const q = `wave=${council.waves.review}`;
    const files: [string, string][] = [
      ['export.graphml', `${base}/export.graphml?${q}`],
      ['export.gexf', `${base}/export.gexf?${q}`],
      ['nodes.csv', `${base}/export/nodes.csv?${q}`],
      ['ties.csv', `${base}/export/ties.csv?${q}`],
      // No moment: every wave of the council.
      ['metrics.csv', `${base}/export/metrics.csv`],
    ];
    for (const [name, path] of files) {
      const res = await download(api, path);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      writeFileSync(join(dir, name), res.text);
    }
    const out = spawnSync(testPython(process.env), [join(__dirname, 'round-trip.py'), dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (out.status !== 0) throw new Error(`python failed: ${out.stderr}`);
    py = JSON.parse(out.stdout) as PythonView;

    const analysis = await api.gql(
      `query($c: ID!, $w: ID) { networkAnalysis(councilId: $c, wave: $w) { metrics nodes { nodeId values } } }`,
      { c: council.id, w: council.waves.review },
    );
    expect(analysis.errors).toBeUndefined();
    const { metrics, nodes } = analysis.data?.networkAnalysis as {
      metrics: string[];
      nodes: { nodeId: string; values: number[] }[];
    };
    const at = metrics.indexOf('betweenness');
    betweenness = new Map(nodes.map((n) => [n.nodeId, n.values[at]]));
    const snap = await api.gql(
      `query($c: ID!, $w: ID) { networkSnapshot(councilId: $c, wave: $w) { nodes { id label } edges { id } } }`,
      { c: council.id, w: council.waves.review },
    );
    snapshot = snap.data?.networkSnapshot as typeof snapshot;
  });
  afterAll(async () => {
    await deleteCouncil(api, council.id);
    await api.close();
  });

  it('networkx and igraph read the GraphML with the moment’s nodes, edges and attributes', () => {
    const { people, teams, ties } = council;
    // At the review wave Gus has left and two ties have ended: 6 people, 2 teams, 7 ties.
    const expectedNodes = sorted([
      ...Object.entries(people)
        .filter(([name]) => name !== 'gus')
        .map(([, id]) => id),
      teams.nursing,
      teams.homeCare,
    ]);
    expect(sorted(Object.keys(py.graphml.nodes))).toEqual(expectedNodes);
    expect(sorted(snapshot.nodes.map((n) => n.id))).toEqual(expectedNodes);
    expect(py.graphml.edges).toHaveLength(7);
    expect(sorted(py.graphml.edges.map(([, , d]) => String(d.id)))).toEqual(
      sorted(snapshot.edges.map((e) => e.id)),
    );
    expect(py.graphml.multigraph).toBe(true); // Ana and Ben: direct contact and a referral
    expect(py.graphml.directed).toBe(false);
    expect(py.igraph.vcount).toBe(8);
    expect(py.igraph.ecount).toBe(7);
    expect(py.igraph.vertex_attributes).toEqual(
      expect.arrayContaining(['id', 'label', 'kind', 'team_id', 'sector_id', 'blended_role']),
    );
    expect(py.igraph.edge_attributes).toEqual(
      expect.arrayContaining(['tie_type', 'strength', 'trust', 'integration_level', 'directed']),
    );
    expect(py.igraph.graph_attributes).toEqual(
      expect.arrayContaining(['moment', 'level', 'filters', 'conventions']),
    );
    expect(py.igraph.labels[people.ana]).toBe('P-ana');

    // Typed values: booleans as booleans, numbers as numbers, absent values absent.
    expect(py.graphml.nodes[people.dan]).toMatchObject({
      label: 'P-dan',
      kind: 'PERSON',
      team_id: teams.homeCare,
      organisation_id: council.organisations.provider,
      sector_id: 'independent',
      profession_id: 'home-care-worker',
      neighbourhood_id: council.north,
      blended_role: true,
      size: 1,
    });
    expect(py.graphml.nodes[teams.nursing]).toMatchObject({
      kind: 'TEAM',
      label: 'District nurses North',
    });
    expect(py.graphml.nodes[teams.nursing]).not.toHaveProperty('profession_id');
    const referral = py.graphml.edges.find(([, , d]) => d.id === ties.referral)!;
    expect(referral[2]).toMatchObject({ tie_type: 'referral', directed: true, strength: 2 });
    expect(referral[2]).not.toHaveProperty('trust');
    const catDan = py.graphml.edges.find(
      ([u, v]) => sorted([u, v]).join() === sorted([people.cat, people.dan]).join(),
    )!;
    expect(catDan[2]).toMatchObject({ strength: 5, trust: 3, integration_level: 4 });
    expect(py.graphml.graph).toMatchObject({
      moment: '2023-01-01',
      wave_id: council.waves.review,
      level: 'PEOPLE',
      filters: 'none',
      pseudonymised: true,
    });
    expect(String(py.graphml.graph.conventions)).toMatch(/undirected/);
  });

  it('networkx betweenness on the GraphML equals Interweave’s to 1e-9', () => {
    expect(betweenness.size).toBe(8);
    // The chain Ana–Ben–Cat–Dan–Eve–Fay (and the two teams apart): Cat lies on the paths of
    // {Ana, Ben} × {Dan, Eve, Fay}, 6 of the 21 pairs of 8 nodes.
    expect(betweenness.get(council.people.cat)!).toBeCloseTo(6 / 21, 12);
    for (const [node, value] of betweenness) {
      expect({ node, diff: Math.abs(py.graphml.betweenness[node] - value) <= 1e-9 }).toEqual({
        node,
        diff: true,
      });
    }
    // metrics.csv holds the same numbers for the review wave, under a name with its convention.
    const rows = py.csv.metrics.filter(
      (r) => r.metric === 'betweenness_normalised_undirected' && r.wave_id === council.waves.review,
    );
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row.moment).toBe('2023-01-01');
      expect(Math.abs(Number(row.value) - betweenness.get(row.node_id)!)).toBeLessThanOrEqual(1e-9);
    }
    // Every wave is there: at the baseline Gus was still in the network.
    const baseline = py.csv.metrics.filter(
      (r) => r.wave_id === council.waves.baseline && r.metric === 'degree_raw_undirected',
    );
    expect(baseline.find((r) => r.node_id === council.people.gus)?.value).toBe('1');
    expect(sorted([...new Set(py.csv.metrics.map((r) => r.wave_label))])).toEqual([
      'Baseline',
      'Review',
    ]);
  });

  it('networkx reads the dynamic GEXF with the whole history and its spells', () => {
    const { people, ties } = council;
    expect(py.gexf.mode).toBe('dynamic');
    // Everything the council ever held at PEOPLE level: Gus and the ended ties too.
    expect(Object.keys(py.gexf.nodes)).toHaveLength(9);
    expect(py.gexf.edges).toHaveLength(9);
    expect(py.gexf.nodes[people.gus].spells).toEqual([['2020-01-01', '2021-12-31']]);
    expect(py.gexf.nodes[people.gus]).toMatchObject({ label: 'P-gus', kind: 'PERSON' });
    // An open spell has no end (networkx shows the missing value as 'None').
    expect(py.gexf.nodes[people.ana].spells).toEqual([['2020-01-01', 'None']]);
    const spellsOf = (id: string) => py.gexf.edges.find(([, , d]) => d.id === id)?.[2].spells;
    expect(spellsOf(ties.ended)).toEqual([['2021-01-01', '2022-05-31']]);
    expect(spellsOf(ties.withGus)).toEqual([['2021-01-01', '2021-11-30']]);
    // Same attributes as the GraphML for what exists at the moment.
    const ana = py.gexf.nodes[people.ana];
    for (const [key, value] of Object.entries(py.graphml.nodes[people.ana])) {
      expect({ key, value: ana[key] }).toEqual({ key, value });
    }
    const catDan = py.gexf.edges.find(
      ([u, v]) => sorted([u, v]).join() === sorted([people.cat, people.dan]).join(),
    )!;
    expect(catDan[2]).toMatchObject({
      strength: 5,
      trust: 3,
      weight: 5,
      tie_type: 'direct-contact',
    });
  });

  it('the CSVs parse with comments skipped; ties join nodes by id', () => {
    const ids = new Set(py.csv.nodes.map((n) => n.id));
    expect(ids.size).toBe(8);
    expect(py.csv.ties).toHaveLength(7);
    for (const tie of py.csv.ties) {
      expect(ids.has(tie.source) && ids.has(tie.target)).toBe(true);
    }
    // A '#' inside a value survives the comment rule (quoted).
    expect(py.csv.nodes.find((n) => n.id === council.teams.homeCare)?.label).toBe('Home care #2');
    expect(py.csv.nodes.find((n) => n.id === council.people.dan)).toMatchObject({
      label: 'P-dan',
      blended_role: 'true',
      team_id: council.teams.homeCare,
    });
    // Same rows as the GraphML.
    expect(sorted([...ids])).toEqual(sorted(Object.keys(py.graphml.nodes)));
  });

  it('the GEXF timeline is built from the same network the analytics read, at every date', async () => {
    const snapshots = api.app.get(SnapshotRepository);
    const history = await api.app.get(ExportRepository).history(council.id, false);
    const norm = (raw: ReturnType<typeof rawAt>) => ({
      people: [...raw.people].sort((a, b) => a.id.localeCompare(b.id)),
      teams: [...raw.teams].sort((a, b) => a.id.localeCompare(b.id)),
      organisations: [...raw.organisations].sort((a, b) => a.id.localeCompare(b.id)),
      ties: [...raw.ties].sort((a, b) => a.id.localeCompare(b.id)),
    });
    for (const date of [
      '2019-12-31',
      '2020-01-01',
      '2021-06-01',
      '2021-12-01',
      '2022-01-01',
      '2023-01-01',
    ]) {
      const fromDb = await snapshots.load(council.id, date, false);
      expect({ date, raw: norm(rawAt(history, date)) }).toEqual({ date, raw: norm(fromDb) });
    }
  });
});
