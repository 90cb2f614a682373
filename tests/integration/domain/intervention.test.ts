import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

const FIELDS = 'id date label kind description';
const CREATE = `mutation($c: ID!, $input: CreateInterventionInput!) { createIntervention(councilId: $c, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $input: UpdateInterventionInput!) { updateIntervention(councilId: $c, id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($c: ID!, $id: ID!) { deleteIntervention(councilId: $c, id: $id) }`;
const GET = `query($c: ID!, $id: ID!) { intervention(councilId: $c, id: $id) { ${FIELDS} } }`;
const LIST = `query($c: ID!, $kind: InterventionKind, $from: String, $to: String, $offset: Int, $limit: Int) {
  interventions(councilId: $c, kind: $kind, from: $from, to: $to, offset: $offset, limit: $limit) {
    total items { ${FIELDS} } } }`;
const NOTE = `mutation($c: ID!, $input: CreateLearningNoteInput!) { createLearningNote(councilId: $c, input: $input) { id } }`;

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('interventions / milestones', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];

  async function council() {
    const c = await createCouncil(api);
    councils.push(c.id);
    return c.id;
  }

  async function create(councilId: string, input: Record<string, unknown>) {
    const res = await api.gql(CREATE, { c: councilId, input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.createIntervention as { id: string };
  }

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    for (const id of councils) await deleteCouncil(api, id);
    await db.driver.close();
    await api.close();
  });

  it('creates, reads, updates and deletes an intervention', async () => {
    const c = await council();
    const created = await api.gql(CREATE, {
      c,
      input: {
        date: '2022-03-01',
        label: 'Facilitator appointed',
        kind: 'FACILITATOR_APPOINTED',
        description: 'Brokers relationships between home care and district nursing.',
      },
    });
    const id = created.data?.createIntervention.id as string;
    expect(id).toMatch(/^intervention-/);
    expect(created.data?.createIntervention).toEqual({
      id,
      date: '2022-03-01',
      label: 'Facilitator appointed',
      kind: 'FACILITATOR_APPOINTED',
      description: 'Brokers relationships between home care and district nursing.',
    });
    expect((await api.gql(GET, { c, id })).data?.intervention.kind).toBe('FACILITATOR_APPOINTED');

    const updated = await api.gql(UPDATE, {
      c,
      id,
      input: { kind: 'GOVERNANCE_CHANGE', label: 'New MDT', description: null },
    });
    expect(updated.data?.updateIntervention).toEqual({
      id,
      date: '2022-03-01',
      label: 'New MDT',
      kind: 'GOVERNANCE_CHANGE',
      description: null,
    });

    const deleted = await api.gql(DELETE, { c, id });
    expect(deleted.data?.deleteIntervention).toBe(true);
    const gone = await api.gql(GET, { c, id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
  });

  it('lists by date and filters by kind and an inclusive date range', async () => {
    const c = await council();
    const late = await create(c, {
      date: '2024-01-10',
      label: 'Contract',
      kind: 'CONTRACT_CHANGE',
    });
    const early = await create(c, {
      date: '2022-05-01',
      label: 'Cohort 1',
      kind: 'TRAINING_COHORT',
    });
    const mid = await create(c, { date: '2023-05-01', label: 'Cohort 2', kind: 'TRAINING_COHORT' });

    const all = await api.gql(LIST, { c });
    expect(all.data?.interventions.total).toBe(3);
    expect(ids(all.data?.interventions)).toEqual([early.id, mid.id, late.id]);

    const cohorts = await api.gql(LIST, { c, kind: 'TRAINING_COHORT' });
    expect(ids(cohorts.data?.interventions)).toEqual([early.id, mid.id]);

    const range = await api.gql(LIST, { c, from: '2023-05-01', to: '2024-01-10' });
    expect(ids(range.data?.interventions)).toEqual([mid.id, late.id]);

    const combined = await api.gql(LIST, { c, kind: 'TRAINING_COHORT', from: '2023-01-01' });
    expect(ids(combined.data?.interventions)).toEqual([mid.id]);

    const page = await api.gql(LIST, { c, offset: 2, limit: 1 });
    expect(page.data?.interventions.total).toBe(3);
    expect(ids(page.data?.interventions)).toEqual([late.id]);
  });

  it('refuses to delete an intervention that learning notes are about', async () => {
    const c = await council();
    const intervention = await create(c, {
      date: '2023-01-01',
      label: 'Sign-offs',
      kind: 'COMPETENCY_SIGN_OFF',
    });
    const note = await api.gql(NOTE, {
      c,
      input: {
        categoryId: 'what-helped',
        text: 'Signing off in pairs built confidence.',
        date: '2023-02-01',
        authorRole: 'district nurse',
        target: { kind: 'INTERVENTION', id: intervention.id },
      },
    });
    const before = await councilFingerprint(db, c);
    const refused = await api.gql(DELETE, { c, id: intervention.id });
    expectCode(refused, 'CONFLICT');
    expectNoInternals(refused);
    expect(await councilFingerprint(db, c)).toBe(before);

    await api.gql(`mutation($c: ID!, $id: ID!) { deleteLearningNote(councilId: $c, id: $id) }`, {
      c,
      id: note.data?.createLearningNote.id,
    });
    expect((await api.gql(DELETE, { c, id: intervention.id })).data?.deleteIntervention).toBe(true);
  });

  it("never reads, changes or deletes another council's intervention", async () => {
    const a = await council();
    const b = await council();
    const own = await create(a, { date: '2023-01-01', label: 'Own', kind: 'OTHER' });
    const foreign = await create(b, { date: '2023-01-01', label: 'Foreign', kind: 'OTHER' });
    const beforeA = await councilFingerprint(db, a);
    const beforeB = await councilFingerprint(db, b);

    const attempts = [
      await api.gql(GET, { c: a, id: foreign.id }),
      await api.gql(UPDATE, { c: a, id: foreign.id, input: { label: 'Hijacked' } }),
      await api.gql(DELETE, { c: a, id: foreign.id }),
      await api.gql(LIST, { c: uniqueId('no-council') }),
    ];
    for (const res of attempts) {
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    expect(ids((await api.gql(LIST, { c: a })).data?.interventions)).toEqual([own.id]);
    expect(await councilFingerprint(db, a)).toBe(beforeA);
    expect(await councilFingerprint(db, b)).toBe(beforeB);
    expect((await api.gql(GET, { c: b, id: foreign.id })).data?.intervention.label).toBe('Foreign');
  });

  it('makes ids on the server: an id in the input is refused and nothing is written', async () => {
    const c = await council();
    const existing = await create(c, { date: '2023-01-01', label: 'A', kind: 'OTHER' });
    const before = await councilFingerprint(db, c);
    const dup = await api.gql(CREATE, {
      c,
      input: { id: existing.id, date: '2023-01-01', label: 'B', kind: 'OTHER' },
    });
    expectCode(dup, 'BAD_USER_INPUT');
    expect(JSON.stringify(dup.errors)).toContain('"id\\" is not defined');
    expectNoInternals(dup);
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  const valid = { date: '2023-01-01', label: 'Milestone', kind: 'OTHER' };
  it.each([
    ['"id\\" is not defined', { ...valid, id: 'server-makes-ids' }],
    ['input.date', { ...valid, date: '2023-02-29' }],
    ['input.label', { ...valid, label: '' }],
    ['input.label', { ...valid, label: 'x'.repeat(121) }],
    ['input.kind', { ...valid, kind: 'PARTY' }],
    ['input.description', { ...valid, description: 'x'.repeat(2001) }],
  ])('rejects a bad %s on create and writes nothing', async (field, input) => {
    const c = await council();
    const before = await councilFingerprint(db, c);
    const res = await api.gql(CREATE, { c, input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  it.each([
    ['input.date', { date: null }],
    ['input.date', { date: 'tomorrow' }],
    ['input.label', { label: null }],
    ['input.label', { label: 'x'.repeat(121) }],
    ['input.kind', { kind: null }],
    ['input.description', { description: 'x'.repeat(2001) }],
  ])('rejects a bad %s on update and changes nothing', async (field, input) => {
    const c = await council();
    const intervention = await create(c, valid);
    const before = await councilFingerprint(db, c);
    const res = await api.gql(UPDATE, { c, id: intervention.id, input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c)).toBe(before);
    expect((await api.gql(GET, { c, id: intervention.id })).data?.intervention).toMatchObject(
      valid,
    );
  });

  it.each([
    ['from', { from: '2023-1-1' }],
    ['to', { to: '2023-02-30' }],
    ['to', { from: '2023-06-01', to: '2023-05-31' }],
    ['kind', { kind: 'PARTY' }],
    ['limit', { limit: 0 }],
  ])('rejects a bad %s filter', async (field, filter) => {
    const c = await council();
    const res = await api.gql(LIST, { c, ...filter });
    expectBadInput(res, field);
    expectNoInternals(res);
  });
});
