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
  ids: string[];
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

/** Maps the generator's ids to the ids the server made. */
class IdMap {
  private readonly ids = new Map<string, string>();
  set(local: string, server: string): void {
    this.ids.set(local, server);
  }
  get(local: string | null): string | null {
    if (local === null) return null;
    const server = this.ids.get(local);
    if (!server) throw new Error(`no server id for ${local}`);
    return server;
  }
}

/**
 * Loads a generated council through the public GraphQL API, as an importer would: the
 * council, waves, organisations and teams one by one, then people and ties through the
 * atomic batch mutations (createPeople, createTies). The server makes the ids (only the
 * council keeps the generator's id), so references are mapped as records are created.
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
  const ids = new IdMap();
  for (const w of data.waves) {
    const res = await gql<{ createWave: { id: string } }>(
      `mutation($c: ID!, $input: CreateWaveInput!) { createWave(councilId: $c, input: $input) { id } }`,
      {
        c: c.id,
        input: {
          label: w.label,
          date: w.date,
          method: w.method,
          responseRate: w.responseRate,
        },
      },
    );
    ids.set(w.id, res.createWave.id);
  }
  for (const o of data.organisations) {
    const res = await gql<{ createOrganisation: { id: string } }>(
      `mutation($c: ID!, $input: OrganisationInput!) { createOrganisation(councilId: $c, input: $input) { id } }`,
      {
        c: c.id,
        input: {
          name: o.name,
          typeId: o.typeId,
          sectorId: o.sectorId,
          neighbourhoodIds: o.neighbourhoodIds,
          validFrom: o.validFrom,
        },
      },
    );
    ids.set(o.id, res.createOrganisation.id);
  }
  for (const t of data.teams) {
    const res = await gql<{ createTeam: { id: string } }>(
      `mutation($c: ID!, $input: TeamInput!) { createTeam(councilId: $c, input: $input) { id } }`,
      {
        c: c.id,
        input: {
          name: t.name,
          typeId: t.typeId,
          organisationId: ids.get(t.organisationId),
          neighbourhoodId: t.neighbourhoodId,
          validFrom: t.validFrom,
        },
      },
    );
    ids.set(t.id, res.createTeam.id);
  }
  const t1 = performance.now();
  // The generator's id travels beside each item (not in it) to map the server's ids back.
  const people = data.people.map((p) => ({
    pseudonym: p.pseudonym,
    displayName: p.displayName,
    roleTitle: p.roleTitle,
    level: p.level,
    blendedRole: p.blendedRole,
    teamId: ids.get(p.teamId),
    professionId: p.professionId,
    validFrom: p.validFrom,
    validTo: p.validTo,
  }));
  let done = 0;
  for (const items of batches(people, MAX_PEOPLE_PER_BATCH)) {
    const res = await gql<{ createPeople: BatchResult }>(
      `mutation($c: ID!, $input: CreatePeopleInput!) { createPeople(councilId: $c, input: $input) { created ids errors { index field message } } }`,
      { c: c.id, input: { items } },
    );
    check('createPeople', res.createPeople);
    res.createPeople.ids.forEach((id, k) => ids.set(data.people[done + k].id, id));
    done += items.length;
  }
  const t2 = performance.now();
  const ties = data.ties.map((t) => ({
    fromId: ids.get(t.fromId),
    fromKind: t.fromKind,
    toId: ids.get(t.toId),
    toKind: t.toKind,
    typeId: t.typeId,
    directed: t.directed,
    strength: t.strength,
    frequency: t.frequency,
    integrationLevel: t.integrationLevel,
    trust: t.trust,
    source: t.source,
    confidence: t.confidence,
    waveId: ids.get(t.waveId),
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
