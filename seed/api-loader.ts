import { MAX_PEOPLE_PER_BATCH } from '../api/person/dto/person.input';
import { MAX_TIE_BATCH } from '../api/tie/dto/tie.input';
import { SeedCouncilData } from './generator/types';

/** Sends one GraphQL operation and returns its data, throwing on any error. */
export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface ApiLoadTimings {
  structureMs: number;
  peopleMs: number;
  tiesMs: number;
}

/**
 * Bytes of items per batch request: the server refuses bodies over 1 MB by default
 * (MAX_BODY_BYTES), and the query text and JSON wrapping need a little room.
 */
export const BATCH_BODY_BUDGET = 900_000;

/**
 * Consecutive batches of at most `maxItems` items whose JSON (as sent) fits `maxBytes`, so
 * every request stays under the body limit however long the ids and names are.
 */
export function batches<T>(items: T[], maxItems: number, maxBytes = BATCH_BODY_BUDGET): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (size > maxBytes) throw new Error(`one batch item alone is ${size} bytes`);
    if (current.length === maxItems || bytes + size > maxBytes) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface BatchResult {
  created: number;
  errors: { index: number; field: string; message: string }[];
}

function check(what: string, result: BatchResult): void {
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(
      `${what}: ${result.errors.length} items refused, first #${first.index} ${first.field}: ${first.message}`,
    );
  }
}

/**
 * Loads a generated council through the public GraphQL API, as an importer would: the
 * council, waves, organisations and teams one by one, then people and ties through the
 * atomic batch mutations (createPeople, createTies). Used for the scale mode.
 */
export async function loadThroughApi(gql: Gql, data: SeedCouncilData): Promise<ApiLoadTimings> {
  const c = data.council;
  const t0 = performance.now();
  await gql(`mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`, {
    input: {
      id: c.id,
      name: c.name,
      region: c.region,
      description: c.description,
      synthetic: true,
      neighbourhoods: c.neighbourhoods,
    },
  });
  for (const w of data.waves) {
    await gql(
      `mutation($c: ID!, $input: CreateWaveInput!) { createWave(councilId: $c, input: $input) { id } }`,
      {
        c: c.id,
        input: {
          id: w.id,
          label: w.label,
          date: w.date,
          method: w.method,
          responseRate: w.responseRate,
        },
      },
    );
  }
  for (const o of data.organisations) {
    await gql(
      `mutation($c: ID!, $input: OrganisationInput!) { createOrganisation(councilId: $c, input: $input) { id } }`,
      {
        c: c.id,
        input: {
          id: o.id,
          name: o.name,
          typeId: o.typeId,
          sectorId: o.sectorId,
          neighbourhoodIds: o.neighbourhoodIds,
          validFrom: o.validFrom,
        },
      },
    );
  }
  for (const t of data.teams) {
    await gql(
      `mutation($c: ID!, $input: TeamInput!) { createTeam(councilId: $c, input: $input) { id } }`,
      {
        c: c.id,
        input: {
          id: t.id,
          name: t.name,
          typeId: t.typeId,
          organisationId: t.organisationId,
          neighbourhoodId: t.neighbourhoodId,
          validFrom: t.validFrom,
        },
      },
    );
  }
  const t1 = performance.now();
  const people = data.people.map((p) => ({
    id: p.id,
    pseudonym: p.pseudonym,
    displayName: p.displayName,
    roleTitle: p.roleTitle,
    level: p.level,
    blendedRole: p.blendedRole,
    teamId: p.teamId,
    professionId: p.professionId,
    validFrom: p.validFrom,
    validTo: p.validTo,
  }));
  for (const items of batches(people, MAX_PEOPLE_PER_BATCH)) {
    const res = await gql<{ createPeople: BatchResult }>(
      `mutation($c: ID!, $input: CreatePeopleInput!) { createPeople(councilId: $c, input: $input) { created errors { index field message } } }`,
      { c: c.id, input: { items } },
    );
    check('createPeople', res.createPeople);
  }
  const t2 = performance.now();
  const ties = data.ties.map((t) => ({
    id: t.id,
    fromId: t.fromId,
    fromKind: t.fromKind,
    toId: t.toId,
    toKind: t.toKind,
    typeId: t.typeId,
    directed: t.directed,
    strength: t.strength,
    frequency: t.frequency,
    integrationLevel: t.integrationLevel,
    trust: t.trust,
    source: t.source,
    confidence: t.confidence,
    waveId: t.waveId,
    validFrom: t.validFrom,
    validTo: t.validTo,
  }));
  for (const items of batches(ties, MAX_TIE_BATCH)) {
    const res = await gql<{ createTies: BatchResult }>(
      `mutation($c: ID!, $input: CreateTiesInput!) { createTies(councilId: $c, input: $input) { created errors { index field message } } }`,
      { c: c.id, input: { items } },
    );
    check('createTies', res.createTies);
  }
  const t3 = performance.now();
  return { structureMs: t1 - t0, peopleMs: t2 - t1, tiesMs: t3 - t2 };
}
