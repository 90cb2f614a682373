import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  apiPerson,
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';

/** The validation gaps found under concurrency review: each is refused and writes nothing. */
describe('validation closes the gaps', () => {
  let api: TestApp;
  let db: Neo4jService;
  let c: string;
  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    c = (await createCouncil(api, 'Validation')).id;
  });
  afterAll(async () => {
    await deleteCouncil(api, c);
    await db.driver.close();
    await api.close();
  });

  it('refuses null for a required field of an update, and the councils list stays whole', async () => {
    const before = await councilFingerprint(db, c);
    const res = await api.gql(
      `mutation($c: ID!) { updateCouncil(councilId: $c, input: { name: null }) { id } }`,
      { c },
    );
    expectBadInput(res, 'input.name');
    expectNoInternals(res);
    expect(await councilFingerprint(db, c)).toBe(before);
    const list = await api.gql(`{ councils(limit: 500) { items { id name } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data?.councils.items.find((x: { id: string }) => x.id === c).name).toBe(
      'Validation',
    );
  });

  it.each([
    [
      'a whitespace-only name',
      'input.name',
      `createOrganisation(councilId: $c, input: { name: "   ", typeId: "gp-practice", validFrom: "2021-01-01" }) { id }`,
    ],
    [
      'a control character in a name',
      'input.name',
      `createOrganisation(councilId: $c, input: { name: "Bad\\u0007Bell", typeId: "gp-practice", validFrom: "2021-01-01" }) { id }`,
    ],
    [
      'a whitespace-only pseudonym',
      'input.pseudonym',
      `createPerson(councilId: $c, input: { pseudonym: "\\t ", level: FRONTLINE, validFrom: "2021-01-01" }) { id }`,
    ],
    [
      'a zero-length validity period',
      'input.validTo',
      `createOrganisation(councilId: $c, input: { name: "Brief", typeId: "gp-practice", validFrom: "2021-01-01", validTo: "2021-01-01" }) { id }`,
    ],
    [
      'a control character in a wave label',
      'input.label',
      `createWave(councilId: $c, input: { label: "W\\u0000", date: "2021-01-01", method: "survey" }) { id }`,
    ],
  ])('refuses %s with a field error and writes nothing', async (_what, field, mutation) => {
    const before = await councilFingerprint(db, c);
    const res = await api.gql(`mutation($c: ID!) { ${mutation} }`, { c });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  it('keeps line breaks and tabs in a learning note, which has paragraphs', async () => {
    const res = await api.gql(
      `mutation($c: ID!, $t: String!) { createLearningNote(councilId: $c, input: { categoryId: "what-helped", text: $t, date: "2022-01-01", authorRole: "district nurse", target: { kind: COUNCIL, id: $c } }) { text } }`,
      { c, t: 'First we met.\n\n\tThen we trained together.' },
    );
    expect(res.data?.createLearningNote.text).toBe('First we met.\n\n\tThen we trained together.');
  });

  it('refuses to end a tie on the day it starts (an empty period), against the stored state', async () => {
    const [a, b] = [await apiPerson(api, c), await apiPerson(api, c)];
    const made = await api.gql(
      `mutation($c: ID!, $a: ID!, $b: ID!) { createTie(councilId: $c, input: { fromId: $a, fromKind: PERSON, toId: $b, toKind: PERSON, typeId: "advice", strength: 2, frequency: MONTHLY, integrationLevel: 3, source: WAVE, confidence: 0.9, validFrom: "2022-05-01" }) { id } }`,
      { c, a, b },
    );
    const id = made.data?.createTie.id as string;
    const before = await councilFingerprint(db, c);
    const res = await api.gql(
      `mutation($c: ID!, $id: ID!) { endTie(councilId: $c, id: $id, validTo: "2022-05-01") { id } }`,
      { c, id },
    );
    expectBadInput(res, 'validTo');
    expect(res.errors?.[0].message).toMatch(/2022-05-01/);
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  it('does not echo a megabyte of an invalid variable back', async () => {
    const huge = {
      name: 'x'.repeat(900_000),
      typeId: 'gp-practice',
      validFrom: '2021-01-01',
      colour: 'red',
    };
    const res = await api.gql(
      `mutation($c: ID!, $i: OrganisationInput!) { createOrganisation(councilId: $c, input: $i) { id } }`,
      { c, i: huge },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors).length).toBeLessThan(2000);
    expect(res.errors?.[0].message).toMatch(/colour/);
  });
});
