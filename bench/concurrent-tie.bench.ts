import { randomUUID } from 'node:crypto';
import { Label } from '../graph/labels';
import { loadThroughApi } from '../seed/api-loader';
import { generateDemo } from '../seed/generator/demo';
import { Rng } from '../seed/generator/rng';
import { Benchmark, concurrently, envCount, Figures, progress, timed } from './benchmark';
import { BenchEnv, openBenchEnv } from './bench-env';
import { runClients } from './http-clients';

const CREATE_TIE = `mutation($c: ID!, $input: TieInput!) { createTie(councilId: $c, input: $input) { id } }`;
const DELETE_COUNCIL = `mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`;

/** The raw reference: the same tie written straight through the driver, no checks, no audit. */
const RAW_TIE = `MATCH (a:${Label.Person} {id: $tie.fromId}) WHERE a.councilId = $councilId
  MATCH (b:${Label.Person} {id: $tie.toId}) WHERE b.councilId = $councilId
  MATCH (tt:${Label.TieType} {id: $tie.typeId})
  CREATE (t:${Label.Tie}) SET t = $tie, t.councilId = $councilId, t.version = 1
  CREATE (t)-[:FROM]->(a), (t)-[:TO]->(b), (t)-[:OF_TYPE]->(tt)`;

interface TieSpec {
  fromKind: 'PERSON';
  fromId: string;
  toKind: 'PERSON';
  toId: string;
  typeId: string;
  validFrom: string;
  strength: number;
  frequency: 'WEEKLY';
  integrationLevel: number;
  confidence: number;
  source: 'ADMIN';
}

/** p-th percentile (nearest rank) of latencies in ms. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Pairs of the council's people with no tie between them yet (either direction), so every
 * request is a fresh tie that the rules accept: the figure is the cost of a successful
 * write, not of a refusal.
 */
async function freshPairs(env: BenchEnv, councilId: string, count: number): Promise<TieSpec[]> {
  const people = await env.db.query<{ id: string }>(
    `MATCH (p:${Label.Person}) WHERE p.councilId = $councilId RETURN p.id AS id ORDER BY id`,
    { councilId },
  );
  const ids = people.records.map((r) => r.get('id'));
  const tied = await env.db.query<{ a: string; b: string }>(
    `MATCH (t:${Label.Tie}) WHERE t.councilId = $councilId RETURN t.fromId AS a, t.toId AS b`,
    { councilId },
  );
  const taken = new Set(
    tied.records.flatMap((r) => [`${r.get('a')}|${r.get('b')}`, `${r.get('b')}|${r.get('a')}`]),
  );
  const pairs: TieSpec[] = [];
  // Person i with person i + d, for growing offsets d: deterministic, spread over everyone.
  for (let d = 1; pairs.length < count && d <= ids.length / 2; d += 1) {
    for (let i = 0; pairs.length < count && i < ids.length; i += 1) {
      const from = ids[i];
      const to = ids[(i + d) % ids.length];
      if (taken.has(`${from}|${to}`)) continue;
      taken.add(`${from}|${to}`).add(`${to}|${from}`);
      pairs.push({
        fromKind: 'PERSON',
        fromId: from,
        toKind: 'PERSON',
        toId: to,
        typeId: 'advice',
        validFrom: '2024-06-01',
        strength: 3,
        frequency: 'WEEKLY',
        integrationLevel: 4,
        confidence: 0.8,
        source: 'ADMIN',
      });
    }
  }
  if (pairs.length < count) throw new Error(`only ${pairs.length} fresh pairs in ${councilId}`);
  // In a fixed shuffled order (seeded Fisher–Yates), as thirty independent people entering
  // ties would touch the council: generated in order, each pair would share a person with
  // the pairs beside it, so every request of the thirty in flight would wait on its
  // neighbours' locks — a hot spot no team of editors produces.
  const rng = new Rng(20_241_201);
  for (let i = pairs.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  return pairs;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export const concurrentTieBenchmark: Benchmark = {
  name: 'createTie under concurrent clients on the demo council, against the raw driver',
  async run(): Promise<Figures> {
    const clients = envCount('BENCH_CLIENTS', 30);
    const perClient = envCount('BENCH_TIES_PER_CLIENT', 20);
    const env = await openBenchEnv();
    const demo = generateDemo().councils[0];
    const councilId = `bench-concurrent-${Date.now().toString(36)}`;
    try {
      progress(`loading the demo council ${demo.council.name} as ${councilId}...`);
      // Neighbourhood ids are global: the copy's carry the run's council id instead.
      const copy = JSON.parse(
        JSON.stringify(demo).replaceAll(`"${demo.council.id}-`, `"${councilId}-`),
      ) as typeof demo;
      await loadThroughApi((q, v) => env.gql(q, v), {
        ...copy,
        council: { ...copy.council, id: councilId },
      });
      const total = clients * perClient;
      // Both paths warm up first (not counted): a Neo4j started for the run executes its
      // first few hundred statements of each shape interpreted, before the JIT compiles
      // them, and the figure asked for is the steady state, not the start-up.
      const warmUpEach = clients * envCount('BENCH_WARMUP_ROUNDS', 10);
      const pairs = await freshPairs(env, councilId, 2 * (total + warmUpEach));
      const [rawWarmUp, apiWarmUp, apiWork, rawWork] = [
        pairs.slice(0, warmUpEach),
        pairs.slice(warmUpEach, 2 * warmUpEach),
        pairs.slice(2 * warmUpEach, 2 * warmUpEach + total),
        pairs.slice(2 * warmUpEach + total),
      ];

      const sessions = Array.from({ length: clients }, () =>
        env.db.driver.session({ database: env.db.connection.database }),
      );
      const rawWrite = (spec: TieSpec, n: number) => {
        const tie = {
          ...spec,
          id: `tie-${randomUUID()}`,
          directed: false,
          recordedAt: new Date().toISOString(),
        };
        return sessions[n].executeWrite((tx) => tx.run(RAW_TIE, { tie, councilId }));
      };
      // createTie's clients run in a worker thread (see http-clients.ts).
      const apiWrites = (inputs: TieSpec[]) =>
        runClients({
          url: `${env.baseUrl}/graphql`,
          cookie: env.cookie,
          query: CREATE_TIE,
          variables: inputs.map((input) => ({ c: councilId, input })),
          clients,
        });
      let raw: number[];
      let api: number[];
      try {
        progress(`warm-up: ${warmUpEach} raw writes and ${warmUpEach} createTie (not counted)...`);
        await concurrently(clients, rawWarmUp, rawWrite);
        await apiWrites(apiWarmUp);
        progress(`raw driver: ${clients} clients × ${perClient} ties...`);
        raw = await concurrently(clients, rawWork, rawWrite);
      } finally {
        await Promise.all(sessions.map((session) => session.close()));
      }
      progress(`createTie: ${clients} clients × ${perClient} requests...`);
      const wall = await timed(async () => {
        api = await apiWrites(apiWork);
      });
      api = api!;
      const stored = await env.db.query<{ n: number }>(
        `MATCH (t:${Label.Tie}) WHERE t.councilId = $councilId AND t.validFrom = '2024-06-01' AND t.typeId = 'advice'
         RETURN count(t) AS n`,
        { councilId },
      );
      const expected = pairs.length;
      if (stored.records[0].get('n') < expected) {
        throw new Error(`expected ${expected} new ties, found ${stored.records[0].get('n')}`);
      }
      return {
        'concurrent clients': clients,
        'requests per client (one after another)': perClient,
        'createTie clients run': "in a worker thread, off the API's event loop",
        'warm-up, not counted': `${warmUpEach} raw writes, then ${warmUpEach} createTie`,
        'tie pairs': 'fresh pairs of the council, in a fixed shuffled order',
        'createTie p50 ms': round(percentile(api, 50)),
        'createTie p95 ms (<= 300)': round(percentile(api, 95)),
        'createTie max ms': round(Math.max(...api)),
        'createTie requests/s': Math.round(api.length / (wall.ms / 1000)),
        'raw driver write p50 ms': round(percentile(raw, 50)),
        'raw driver write p95 ms': round(percentile(raw, 95)),
        'createTie p95 / raw p95': round(percentile(api, 95) / percentile(raw, 95), 2),
      };
    } finally {
      progress('cleaning up the benchmark council...');
      // A load that failed early may have left no council; the run's own error is the one to report.
      await env.gql(DELETE_COUNCIL, { c: councilId }).catch(() => undefined);
      await env.close();
    }
  },
};
