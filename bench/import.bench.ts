import { stringify } from 'csv-stringify/sync';
import { MAX_PEOPLE_PER_BATCH } from '../api/person/dto/person.input';
import { MAX_TIE_BATCH } from '../api/tie/dto/tie.input';
import type { ImportReport } from '../api/import/import-report';
import { Label } from '../graph/labels';
import { batches } from '../seed/api-loader';
import { Benchmark, envCount, Figures, progress, timed } from './benchmark';
import { BenchEnv, openBenchEnv } from './bench-env';
import { peopleSpecs, PersonSpec, TieSpec, tieSpecs } from './tie-workload';

const CREATE_COUNCIL = `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`;
const CREATE_PEOPLE = `mutation($c: ID!, $input: CreatePeopleInput!) {
  createPeople(councilId: $c, input: $input) { ids errors { index field message } } }`;
const CREATE_TIES = `mutation($c: ID!, $input: CreateTiesInput!) {
  createTies(councilId: $c, input: $input) { created errors { index field message } } }`;
const DELETE_COUNCIL = `mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`;

const PEOPLE_HEADER = ['id', 'pseudonym', 'level', 'validFrom'];
const TIE_HEADER = [
  'id',
  'from',
  'fromKind',
  'to',
  'toKind',
  'type',
  'strength',
  'frequency',
  'integrationLevel',
  'trust',
  'source',
  'confidence',
  'validFrom',
  'validTo',
];

function peopleCsv(people: PersonSpec[]): Buffer {
  return Buffer.from(
    stringify([PEOPLE_HEADER, ...people.map((p) => [p.id, p.pseudonym, p.level, p.validFrom])]),
  );
}

function tiesCsv(ties: TieSpec[]): Buffer {
  const rows = ties.map((t, i) => [
    `tie-${i}`,
    t.fromId,
    t.fromKind,
    t.toId,
    t.toKind,
    t.typeId,
    t.strength,
    t.frequency,
    t.integrationLevel,
    t.trust,
    t.source,
    t.confidence,
    t.validFrom,
    t.validTo,
  ]);
  return Buffer.from(stringify([TIE_HEADER, ...rows]));
}

async function postImport(env: BenchEnv, councilId: string, data: Buffer, sheet: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), `${sheet}.csv`);
  form.append('sheet', sheet);
  form.append('dryRun', 'false');
  const res = await fetch(`${env.baseUrl}/api/councils/${councilId}/import`, {
    method: 'POST',
    headers: { cookie: env.cookie },
    body: form,
  });
  const report = (await res.json()) as ImportReport;
  if (res.status !== 200 || !report.ok) {
    throw new Error(`import refused (HTTP ${res.status}): ${JSON.stringify(report).slice(0, 500)}`);
  }
  return report;
}

/** Large deletes in server-side batches, so no single transaction holds them all. */
async function deleteInBatches(env: BenchEnv, councilId: string): Promise<void> {
  const session = env.db.driver.session({ database: env.db.connection.database });
  try {
    await session.run(
      `MATCH (n:${Label.Tie}|${Label.TieVersion}|${Label.Person}) WHERE n.councilId = $councilId
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      { councilId },
    );
  } finally {
    await session.close();
  }
}

/** The same ties through createTies, as batch-ties.bench.ts sends them (2 requests in flight). */
async function createTiesRun(
  env: BenchEnv,
  councilId: string,
  people: PersonSpec[],
  ties: TieSpec[],
) {
  const ids: string[] = [];
  for (const batch of batches(people, MAX_PEOPLE_PER_BATCH)) {
    const data = await env.gql<{ createPeople: { ids: string[]; errors: unknown[] } }>(
      CREATE_PEOPLE,
      {
        c: councilId,
        input: { items: batch.map(({ id: _local, ...item }) => item) },
      },
    );
    if (data.createPeople.errors.length > 0) throw new Error('createPeople refused');
    ids.push(...data.createPeople.ids);
  }
  const idOf = new Map(people.map((p, i) => [p.id, ids[i]]));
  const items = ties.map((t) => ({
    ...t,
    fromId: idOf.get(String(t.fromId)),
    toId: idOf.get(String(t.toId)),
  }));
  const requests = batches(items, MAX_TIE_BATCH);
  const inFlight = envCount('BENCH_IN_FLIGHT', 2);
  const { ms } = await timed(async () => {
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const n = next++;
        const data = await env.gql<{ createTies: { errors: unknown[] } }>(CREATE_TIES, {
          c: councilId,
          input: { items: requests[n] },
        });
        if (data.createTies.errors.length > 0) throw new Error('createTies refused');
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  });
  return ms;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * The spreadsheet import of ties (one CSV of the ties sheet, after the people were
 * imported) against createTies of the same ties in the same run, at 10,000 and 100,000
 * ties (BENCH_IMPORT_SIZES to change, BENCH_PEOPLE for the people). The target: import
 * ties/s at least 0.5 × createTies ties/s.
 */
export const importBenchmark: Benchmark = {
  name: 'Spreadsheet import of ties against createTies',
  async run(): Promise<Figures> {
    const peopleCount = envCount('BENCH_PEOPLE', 10_000);
    const sizes = (process.env.BENCH_IMPORT_SIZES ?? '10000,100000')
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > 0);
    const env = await openBenchEnv();
    const figures: Figures = { 'people per council': peopleCount };
    const councils: string[] = [];
    try {
      for (const size of sizes) {
        const stamp = `${size}-${Date.now().toString(36)}`;
        const people = peopleSpecs(`bi${size}`, peopleCount);
        const ties = tieSpecs(people, size);
        const imported = `bench-import-${stamp}`;
        const api = `bench-import-api-${stamp}`;
        councils.push(imported, api);
        for (const id of [imported, api])
          await env.gql(CREATE_COUNCIL, { input: { id, name: 'Benchmark council' } });

        progress(`${size} ties: importing ${peopleCount} people (people.csv)...`);
        await postImport(env, imported, peopleCsv(people), 'people');
        const file = tiesCsv(ties);
        progress(`${size} ties: importing ties.csv (${(file.length / 1e6).toFixed(1)} MB)...`);
        const { ms: importMs, result } = await timed(() => postImport(env, imported, file, 'ties'));
        if (result.created.ties !== size)
          throw new Error(`import created ${result.created.ties} ties`);
        progress(`${size} ties: createTies of the same ties...`);
        const apiMs = await createTiesRun(env, api, people, ties);

        const importRate = size / (importMs / 1000);
        const apiRate = size / (apiMs / 1000);
        figures[`${size} ties: import ties/s`] = Math.round(importRate);
        figures[`${size} ties: createTies ties/s`] = Math.round(apiRate);
        figures[`${size} ties: import / createTies (>= 0.5)`] = round(importRate / apiRate);
        figures[`${size} ties: import seconds (upload, parse, check, write)`] = round(
          importMs / 1000,
        );
      }
      return figures;
    } finally {
      progress('cleaning up the benchmark councils...');
      for (const id of councils) {
        await deleteInBatches(env, id);
        await env.gql(DELETE_COUNCIL, { c: id });
      }
      await env.close();
    }
  },
};
