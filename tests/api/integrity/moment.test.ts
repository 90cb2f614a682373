import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { createActors, createWave, tieInput } from '../../support/actor-fixtures';
import {
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';

const PEOPLE = `query($c: ID!, $asOf: String, $wave: ID) {
  people(councilId: $c, asOf: $asOf, wave: $wave) { total items { id } } }`;
const TIES = `query($c: ID!, $asOf: String, $wave: ID) {
  ties(councilId: $c, asOf: $asOf, wave: $wave) { total items { id } } }`;
const ANALYSIS = `query($c: ID!, $asOf: String, $wave: ID) {
  networkAnalysis(councilId: $c, asOf: $asOf, wave: $wave) { asOf nodeCount edgeCount } }`;
const SNAPSHOT = `query($c: ID!, $asOf: String, $wave: ID) {
  networkSnapshot(councilId: $c, asOf: $asOf, wave: $wave) { asOf nodes { id } edges { source target } } }`;
const CREATE_TIE = `mutation($c: ID!, $input: TieInput!) { createTie(councilId: $c, input: $input) { id } }`;

/**
 * The moment of a read is resolved once, at the edge (MomentService, called by the
 * resolver), with one meaning on every read path: `wave: X` is exactly `asOf: <X's date>`.
 */
describe('the moment of a read', () => {
  let api: TestApp;
  let db: Neo4jService;
  let councilId: string;
  let otherCouncilId: string;
  let wave: string;
  let foreignWave: string;
  const WAVE_DATE = '2021-06-01';

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    councilId = (await createCouncil(api)).id;
    otherCouncilId = (await createCouncil(api)).id;
    const { people } = await createActors(db, councilId, { people: 3 });
    // One person left in 2022: present at the wave, gone today.
    await db.query(
      `MATCH (p:Person {id: $id}) SET p.validTo = '2022-01-01'`,
      { id: people[2] },
      'WRITE',
    );
    for (const [from, to] of [
      [people[0], people[1]],
      [people[1], people[2]],
    ]) {
      const res = await api.gql(CREATE_TIE, {
        c: councilId,
        input: tieInput(from, to, { validFrom: '2021-01-01', validTo: '2022-01-01' }),
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    wave = await createWave(db, councilId, WAVE_DATE);
    foreignWave = await createWave(db, otherCouncilId, WAVE_DATE);
  });
  afterAll(async () => {
    await deleteCouncil(api, councilId);
    await deleteCouncil(api, otherCouncilId);
    await db.driver.close();
    await api.close();
  });

  it.each([
    ['people', PEOPLE],
    ['ties', TIES],
    ['networkAnalysis', ANALYSIS],
    ['networkSnapshot', SNAPSHOT],
  ])(
    '%s: wave X gives the same answer as asOf <X date>, and differs from today',
    async (field, query) => {
      const byWave = await api.gql(query, { c: councilId, wave });
      const byDate = await api.gql(query, { c: councilId, asOf: WAVE_DATE });
      const byToday = await api.gql(query, { c: councilId });
      expect(byWave.errors).toBeUndefined();
      expect(byDate.errors).toBeUndefined();
      expect(byToday.errors).toBeUndefined();
      expect(byWave.data?.[field]).toEqual(byDate.data?.[field]);
      expect(byWave.data?.[field]).not.toEqual(byToday.data?.[field]);
    },
  );

  it('counts what was valid at the wave: three people and two ties then, two people and no ties today', async () => {
    const then = await api.gql(ANALYSIS, { c: councilId, wave });
    expect(then.data?.networkAnalysis).toEqual({ asOf: WAVE_DATE, nodeCount: 3, edgeCount: 2 });
    const people = await api.gql(PEOPLE, { c: councilId });
    expect(people.data?.people.total).toBe(2);
  });

  it.each([
    ['people', PEOPLE],
    ['networkAnalysis', ANALYSIS],
  ])('%s: asOf and wave together are BAD_USER_INPUT on asOf', async (_field, query) => {
    const res = await api.gql(query, { c: councilId, wave, asOf: WAVE_DATE });
    expectBadInput(res, 'asOf');
    expectNoInternals(res);
  });

  it.each([
    ['people', PEOPLE],
    ['networkAnalysis', ANALYSIS],
  ])("%s: another council's wave is NOT_FOUND on the wave field", async (_field, query) => {
    const res = await api.gql(query, { c: councilId, wave: foreignWave });
    expectCode(res, 'NOT_FOUND');
    expect(JSON.stringify(res.errors)).toContain('"field":"wave"');
    expectNoInternals(res);
  });
});
