import { Neo4jService } from '../../api/neo4j/neo4j.service';
import { GraphQLResponse, TestApp } from './test-app';
import { testConnection, uniqueId } from './test-neo4j';

/** Asserts a BAD_USER_INPUT error that names the given field. */
export function expectBadInput(res: GraphQLResponse, field: string): void {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const text = JSON.stringify(res.errors);
  expect(text).toContain(field);
  expect(res.data ?? null).toBeNull();
}

export function expectCode(res: GraphQLResponse, code: string): void {
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
}

/** Counts of every label and relationship type in a council: "the database is unchanged". */
export async function councilFingerprint(neo4j: Neo4jService, councilId: string): Promise<string> {
  const result = await neo4j.query<{ fp: string[] }>(
    // A saved map layout (and its audit event) is the map's picture, not the council's data:
    // a page that opens the map saves one, whatever the request under test did.
    `MATCH (n) WHERE (n.councilId = $councilId OR n.id = $councilId) AND NOT n:MapLayout
       AND NOT (n:AuditEvent AND n.operation = 'saveMapLayout')
     OPTIONAL MATCH (n)-[r]-()
     WITH n, count(r) AS degree
     RETURN collect(labels(n)[0] + ':' + n.id + ':' + toString(degree) + ':' + coalesce(toString(n.version), '') + ':' + coalesce(n.validTo, '')) AS fp`,
    { councilId },
  );
  return [...result.records[0].get('fp')].sort().join('\n');
}

export function testDb(): Neo4jService {
  return new Neo4jService(testConnection());
}

/** Creates a council with two neighbourhoods through the API and returns its ids. */
export async function createCouncil(api: TestApp, name = 'Test Council') {
  const id = uniqueId('council');
  const res = await api.gql(
    `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id neighbourhoods { id name } } }`,
    {
      input: {
        id,
        name,
        neighbourhoods: [
          { id: `${id}-north`, name: 'North' },
          { id: `${id}-south`, name: 'South' },
        ],
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { id, north: `${id}-north`, south: `${id}-south` };
}

export async function deleteCouncil(api: TestApp, councilId: string): Promise<void> {
  await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, {
    c: councilId,
  });
}

/** Runs a mutation that must succeed and returns the `id` of its result. */
async function createdId(
  api: TestApp,
  mutation: string,
  councilId: string,
  input: Record<string, unknown>,
): Promise<string> {
  const res = await api.gql(mutation, { c: councilId, i: input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return (Object.values(res.data ?? {})[0] as { id: string }).id;
}

/** Creates an organisation through the API (a GP practice valid from 2020-01-01 by default). */
export function apiOrganisation(
  api: TestApp,
  councilId: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  return createdId(
    api,
    `mutation($c: ID!, $i: OrganisationInput!) { createOrganisation(councilId: $c, input: $i) { id } }`,
    councilId,
    { name: 'Org', typeId: 'gp-practice', validFrom: '2020-01-01', ...input },
  );
}

/** Creates a team through the API (district nursing, valid from 2020-01-01 by default). */
export function apiTeam(
  api: TestApp,
  councilId: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  return createdId(
    api,
    `mutation($c: ID!, $i: TeamInput!) { createTeam(councilId: $c, input: $i) { id } }`,
    councilId,
    { name: 'Team', typeId: 'district-nursing', validFrom: '2020-01-01', ...input },
  );
}

/** Creates a person through the API (frontline, valid from 2020-01-01 by default). */
export function apiPerson(
  api: TestApp,
  councilId: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  return createdId(
    api,
    `mutation($c: ID!, $i: PersonInput!) { createPerson(councilId: $c, input: $i) { id } }`,
    councilId,
    { pseudonym: uniqueId('P'), level: 'FRONTLINE', validFrom: '2020-01-01', ...input },
  );
}
