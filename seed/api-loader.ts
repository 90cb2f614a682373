import { SeedCouncilData } from './generator/types';

/** Sends one GraphQL operation and returns its data, throwing on any error. */
export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface ApiLoadTimings {
  structureMs: number;
  peopleMs: number;
  tiesMs: number;
}

// Request bodies are capped at 1 MB; these batch sizes stay well under it.
const PEOPLE_PER_REQUEST = 2_500;
const TIES_PER_REQUEST = 2_500;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
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

/** Maps the generator's ids to the ids the server made, by kind. */
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
 * council keeps the generator's id), so references are mapped as they are created.
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
  for (const batch of chunks(data.people, PEOPLE_PER_REQUEST)) {
    const res = await gql<{ createPeople: BatchResult }>(
      `mutation($c: ID!, $input: CreatePeopleInput!) { createPeople(councilId: $c, input: $input) { created ids errors { index field message } } }`,
      {
        c: c.id,
        input: {
          items: batch.map((p) => ({
            pseudonym: p.pseudonym,
            displayName: p.displayName,
            roleTitle: p.roleTitle,
            level: p.level,
            blendedRole: p.blendedRole,
            teamId: ids.get(p.teamId),
            professionId: p.professionId,
            validFrom: p.validFrom,
            validTo: p.validTo,
          })),
        },
      },
    );
    check('createPeople', res.createPeople);
    batch.forEach((p, i) => ids.set(p.id, res.createPeople.ids[i]));
  }
  const t2 = performance.now();
  for (const batch of chunks(data.ties, TIES_PER_REQUEST)) {
    const res = await gql<{ createTies: BatchResult }>(
      `mutation($c: ID!, $input: CreateTiesInput!) { createTies(councilId: $c, input: $input) { created ids errors { index field message } } }`,
      {
        c: c.id,
        input: {
          items: batch.map((t) => ({
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
          })),
        },
      },
    );
    check('createTies', res.createTies);
  }
  const t3 = performance.now();
  return { structureMs: t1 - t0, peopleMs: t2 - t1, tiesMs: t3 - t2 };
}
