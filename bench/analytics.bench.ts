import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerPool } from '../api/analytics/worker/worker-pool';
import {
  betweennessCentrality,
  buildGraph,
  splitSources,
  type GraphInput,
} from '../api/analytics/metrics';
import { SnapshotRepository } from '../api/analytics/snapshot/snapshot.repository';
import { Label } from '../graph/labels';
import { loadThroughApi } from '../seed/api-loader';
import { generateScale } from '../seed/generator/scale';
import { Benchmark, envCount, Figures, progress, timed } from './benchmark';
import { BenchEnv, openBenchEnv } from './bench-env';

const SNAPSHOT = `query($c: ID!, $d: String!) { networkSnapshot(councilId: $c, asOf: $d) {
  nodes { id kind label teamId teamTypeId organisationId organisationTypeId sectorId professionId neighbourhoodId blendedRole size internalTies }
  edges { id source target typeId directed count strength integrationLevel tieIds } } }`;

const SNAPSHOT_TABLES = `query($c: ID!, $d: String!) { networkSnapshot(councilId: $c, asOf: $d) { nodeTable edgeTable } }`;

interface SnapshotData {
  networkSnapshot: {
    nodes: { id: string }[];
    edges: { source: string; target: string; strength: number }[];
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The reference for the snapshot fetch: the same four queries straight through the driver. */
async function rawFetch(env: BenchEnv, councilId: string, asOf: string): Promise<number> {
  const repo = new SnapshotRepository(env.db);
  const raw = await repo.load(councilId, asOf, false);
  return raw.ties.length;
}

/** python-igraph (Debian's python3-igraph) on the same simple graph; seconds inside Python. */
function igraphBetweenness(graph: GraphInput): {
  seconds: number;
  values: number[];
  peakMb: number;
} {
  const dir = mkdtempSync(join(tmpdir(), 'iw-igraph-'));
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const lines = graph.edges.map((e) => `${index.get(e.source)} ${index.get(e.target)}`);
  writeFileSync(join(dir, 'edges.txt'), `${graph.nodes.length}\n${lines.join('\n')}\n`);
  const script = `
import igraph, json, resource, sys, time
with open(sys.argv[1]) as f:
    n = int(f.readline())
    edges = [tuple(map(int, line.split())) for line in f if line.strip()]
g = igraph.Graph(n=n, edges=edges, directed=False)
g.simplify()  # merge parallel ties and drop loops, as Interweave's graph does
start = time.perf_counter()
b = g.betweenness(directed=False)
seconds = time.perf_counter() - start
scale = 2.0 / ((n - 1) * (n - 2))
print(json.dumps({"seconds": seconds, "values": [x * scale for x in b], "peakMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
`;
  // The interpreter npm test's preflight checks (tests/support/preflight-plan.ts).
  const python = process.env.INTERWEAVE_PYTHON || '/usr/bin/python3';
  const out = spawnSync(python, ['-c', script, join(dir, 'edges.txt')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  rmSync(dir, { recursive: true, force: true });
  if (out.status !== 0)
    throw new Error(
      `python3-igraph failed (apt-get install -y python3-igraph): ${out.stderr.slice(-300)}`,
    );
  return JSON.parse(out.stdout) as { seconds: number; values: number[]; peakMb: number };
}

async function cleanUp(env: BenchEnv, councilId: string): Promise<void> {
  const session = env.db.driver.session({ database: env.db.connection.database });
  try {
    await session.run(
      `MATCH (n) WHERE n.councilId = $councilId AND (n:${Label.Tie} OR n:${Label.Person} OR n:${Label.Team} OR n:${Label.Organisation} OR n:${Label.Wave} OR n:${Label.Neighbourhood} OR n:${Label.DataVersionStripe})
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      { councilId },
    );
    await session.run(`MATCH (c:${Label.Council} {id: $councilId}) DETACH DELETE c`, { councilId });
  } finally {
    await session.close();
  }
}

export const analyticsBenchmark: Benchmark = {
  name: 'Analytics on a generated council: load, snapshot fetch, exact betweenness, memory',
  async run(): Promise<Figures> {
    const people = envCount('BENCH_PEOPLE', 10_000);
    const ties = envCount('BENCH_TIES', 100_000);
    const env = await openBenchEnv();
    const data = generateScale({
      people,
      ties,
      seed: 5,
      councilId: `bench-analytics-${Date.now().toString(36)}`,
    });
    const figures: Figures = { 'council: people': people, 'council: ties': ties };
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    try {
      progress(`loading ${people} people and ${ties} ties through the GraphQL batch path`);
      const load = await loadThroughApi((query, variables) => env.gql(query, variables), data);
      figures['scale load (GraphQL batch path): ties/s'] = Math.round(ties / (load.tiesMs / 1000));
      figures['scale load: total s'] = Number(
        ((load.structureMs + load.peopleMs + load.tiesMs) / 1000).toFixed(1),
      );

      progress('snapshot fetch: GraphQL vs raw driver');
      const gqlMs: number[] = [];
      const tableMs: number[] = [];
      const rawMs: number[] = [];
      let snapshot: SnapshotData | null = null;
      for (let i = 0; i < 3; i += 1) {
        // A different date each round: same data, no cache hit, so both paths read Neo4j.
        const day = `2024-06-${String(i + 1).padStart(2, '0')}`;
        const raw = await timed(() => rawFetch(env, data.council.id, day));
        rawMs.push(raw.ms);
        const viaGql = await timed(() =>
          env.gql<SnapshotData>(SNAPSHOT, { c: data.council.id, d: day }),
        );
        gqlMs.push(viaGql.ms);
        snapshot = viaGql.result;
        const tableDay = `2024-07-${String(i + 1).padStart(2, '0')}`;
        await rawFetch(env, data.council.id, tableDay); // warm Neo4j's page cache for that date too
        tableMs.push(
          (await timed(() => env.gql(SNAPSHOT_TABLES, { c: data.council.id, d: tableDay }))).ms,
        );
      }
      figures['snapshot via GraphQL: median ms'] = Math.round(median(gqlMs));
      figures['snapshot via raw Cypher (driver): median ms'] = Math.round(median(rawMs));
      figures['snapshot GraphQL / raw, typed lists'] = Number(
        (median(gqlMs) / median(rawMs)).toFixed(2),
      );
      figures['snapshot via GraphQL, compact tables: median ms'] = Math.round(median(tableMs));
      figures['snapshot GraphQL / raw, compact tables (target <= 1.5)'] = Number(
        (median(tableMs) / median(rawMs)).toFixed(2),
      );

      const s = (snapshot as SnapshotData).networkSnapshot;
      const graph: GraphInput = {
        nodes: s.nodes.map((n) => ({ id: n.id })),
        edges: s.edges.map((e) => ({
          source: e.source,
          target: e.target,
          weight: e.strength,
          directed: false,
        })),
      };
      figures['graph: nodes'] = graph.nodes.length;
      figures['graph: ties valid on 2024-06-03'] = graph.edges.length;

      progress('exact betweenness: Interweave worker pool');
      const pool = new WorkerPool();
      const n = graph.nodes.length;
      const parallel = await timed(async () => {
        const parts = await Promise.all(
          splitSources(n, pool.size).map((sources) =>
            pool.run('betweennessPart', { graph, directed: false, sources: Array.from(sources) }),
          ),
        );
        const sum = new Float64Array(n);
        for (const part of parts) for (let i = 0; i < n; i += 1) sum[i] += part[i];
        return Array.from(sum, (x) => x / ((n - 1) * (n - 2)));
      });
      await pool.onModuleDestroy();
      progress('exact betweenness: single thread');
      const single = await timed(() =>
        Promise.resolve(betweennessCentrality(buildGraph(graph, { directed: false }))),
      );
      progress('exact betweenness: python-igraph');
      const igraph = igraphBetweenness(graph);
      const maxDiff = Math.max(...igraph.values.map((v, i) => Math.abs(v - parallel.result[i])));
      figures['betweenness, Interweave (worker threads): s'] = Number(
        (parallel.ms / 1000).toFixed(2),
      );
      figures['betweenness, Interweave (one thread): s'] = Number((single.ms / 1000).toFixed(2));
      figures['betweenness, python-igraph (one thread): s'] = Number(igraph.seconds.toFixed(2));
      figures['betweenness igraph / Interweave workers (>= 1 is no slower)'] = Number(
        (igraph.seconds / (parallel.ms / 1000)).toFixed(2),
      );
      figures['betweenness igraph / Interweave one thread'] = Number(
        (igraph.seconds / (single.ms / 1000)).toFixed(2),
      );
      figures['betweenness max |difference| vs igraph'] = maxDiff.toExponential(1);

      progress('full networkAnalysis through GraphQL (all metrics)');
      const full = await timed(() =>
        env.gql(
          `query($c: ID!) { networkAnalysis(councilId: $c, asOf: "2024-06-03") { nodeCount network { metric value } } }`,
          { c: data.council.id },
        ),
      );
      figures['networkAnalysis (all metrics, GraphQL): s'] = Number((full.ms / 1000).toFixed(1));
      figures['peak RSS, API + workers (MB)'] = Math.round(peakRss / 1024 / 1024);
      figures['peak RSS, python-igraph (MB)'] = Math.round(igraph.peakMb);
      return figures;
    } finally {
      clearInterval(sampler);
      await cleanUp(env, data.council.id);
      await env.close();
    }
  },
};
