import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { createNoteTargets, NoteTargets } from '../../support/note-targets';
import { expectNoInternals, GraphQLResponse, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

const FIELDS = 'id text date authorRole category { id name } target { kind id }';
const CREATE = `mutation($c: ID!, $input: CreateLearningNoteInput!) { createLearningNote(councilId: $c, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $input: UpdateLearningNoteInput!) { updateLearningNote(councilId: $c, id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($c: ID!, $id: ID!) { deleteLearningNote(councilId: $c, id: $id) }`;
const GET = `query($c: ID!, $id: ID!) { learningNote(councilId: $c, id: $id) { ${FIELDS} } }`;
const LIST = `query($c: ID!, $targetKind: NoteTargetKind, $targetId: ID, $categoryId: ID, $from: String,
  $to: String, $search: String, $offset: Int, $limit: Int) {
  learningNotes(councilId: $c, targetKind: $targetKind, targetId: $targetId, categoryId: $categoryId,
    from: $from, to: $to, search: $search, offset: $offset, limit: $limit) { total items { ${FIELDS} } } }`;
const INTERVENTION = `mutation($c: ID!) { createIntervention(councilId: $c, input: { date: "2023-01-01", label: "Training", kind: TRAINING_COHORT }) { id } }`;

type Kind = 'TIE' | 'TEAM' | 'ORGANISATION' | 'PERSON' | 'INTERVENTION' | 'COUNCIL';
interface Fixture extends NoteTargets {
  councilId: string;
  interventionId: string;
}

const ids = (res: GraphQLResponse<any>) =>
  (res.data?.learningNotes.items as { id: string }[]).map((n) => n.id);

function targetOf(f: Fixture, kind: Kind): string {
  const byKind: Record<Kind, string> = {
    TIE: f.tieId,
    TEAM: f.teamId,
    ORGANISATION: f.organisationId,
    PERSON: f.personId,
    INTERVENTION: f.interventionId,
    COUNCIL: f.councilId,
  };
  return byKind[kind];
}

function note(kind: Kind, id: string, extra: Record<string, unknown> = {}) {
  return {
    categoryId: 'what-helped',
    text: 'Swapping phone numbers at the joint training made the difference.',
    date: '2023-04-01',
    authorRole: 'senior carer',
    target: { kind, id },
    ...extra,
  };
}

describe('learning notes', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];

  /** A council with one record of every kind a note can be about. */
  async function fixture(): Promise<Fixture> {
    const { id: councilId } = await createCouncil(api);
    councils.push(councilId);
    const targets = await createNoteTargets(db, councilId);
    const intervention = await api.gql(INTERVENTION, { c: councilId });
    return { councilId, ...targets, interventionId: intervention.data?.createIntervention.id };
  }

  async function create(c: string, input: Record<string, unknown>) {
    const res = await api.gql(CREATE, { c, input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.createLearningNote as { id: string };
  }

  async function aboutTarget(noteId: string): Promise<string[]> {
    const result = await db.query<{ id: string }>(
      'MATCH (:LearningNote {id: $id})-[:ABOUT]->(t) RETURN t.id AS id',
      { id: noteId },
    );
    return result.records.map((r) => r.get('id'));
  }

  let a: Fixture;
  let b: Fixture;
  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    a = await fixture();
    b = await fixture();
  });
  afterAll(async () => {
    for (const id of councils) await deleteCouncil(api, id);
    await db.driver.close();
    await api.close();
  });

  const kinds: Kind[] = ['TIE', 'TEAM', 'ORGANISATION', 'PERSON', 'INTERVENTION', 'COUNCIL'];

  it.each(kinds)('attaches a note to a %s of the same council', async (kind) => {
    const target = targetOf(a, kind);
    const res = await api.gql(CREATE, { c: a.councilId, input: note(kind, target) });
    expect(res.errors).toBeUndefined();
    const created = res.data?.createLearningNote;
    expect(created).toMatchObject({
      category: { id: 'what-helped', name: 'What helped' },
      target: { kind, id: target },
      date: '2023-04-01',
      authorRole: 'senior carer',
    });
    expect(await aboutTarget(created.id)).toEqual([target]);
    const listed = await api.gql(LIST, { c: a.councilId, targetKind: kind, targetId: target });
    expect(ids(listed)).toContain(created.id);
  });

  it.each(kinds)('refuses a %s of another council as the target (NOT_FOUND)', async (kind) => {
    const beforeA = await councilFingerprint(db, a.councilId);
    const beforeB = await councilFingerprint(db, b.councilId);
    const res = await api.gql(CREATE, { c: a.councilId, input: note(kind, targetOf(b, kind)) });
    expectCode(res, 'NOT_FOUND');
    expect(JSON.stringify(res.errors)).toContain('input.target.id');
    expectNoInternals(res);
    expect(await councilFingerprint(db, a.councilId)).toBe(beforeA);
    expect(await councilFingerprint(db, b.councilId)).toBe(beforeB);
  });

  it('refuses a target that does not exist, or an id of the wrong kind', async () => {
    const before = await councilFingerprint(db, a.councilId);
    for (const target of [
      { kind: 'TEAM', id: uniqueId('missing') },
      { kind: 'PERSON', id: a.teamId },
    ]) {
      const res = await api.gql(CREATE, { c: a.councilId, input: { ...note('TEAM', ''), target } });
      expectCode(res, 'NOT_FOUND');
      expect(JSON.stringify(res.errors)).toContain('input.target.id');
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, a.councilId)).toBe(before);
  });

  it('reads, updates (text, category, target) and deletes a note', async () => {
    const f = await fixture();
    const created = await create(f.councilId, note('TEAM', f.teamId));
    const read = await api.gql(GET, { c: f.councilId, id: created.id });
    expect(read.data?.learningNote.target).toEqual({ kind: 'TEAM', id: f.teamId });

    const updated = await api.gql(UPDATE, {
      c: f.councilId,
      id: created.id,
      input: {
        text: 'Nurses feared losing accountability.',
        categoryId: 'fear-or-concern',
        target: { kind: 'TIE', id: f.tieId },
        authorRole: 'district nurse',
      },
    });
    expect(updated.data?.updateLearningNote).toEqual({
      id: created.id,
      text: 'Nurses feared losing accountability.',
      date: '2023-04-01',
      authorRole: 'district nurse',
      category: { id: 'fear-or-concern', name: 'Fear or concern' },
      target: { kind: 'TIE', id: f.tieId },
    });
    expect(await aboutTarget(created.id)).toEqual([f.tieId]);
    const categories = await db.query<{ id: string }>(
      'MATCH (:LearningNote {id: $id})-[:IN_CATEGORY]->(c) RETURN c.id AS id',
      { id: created.id },
    );
    expect(categories.records.map((r) => r.get('id'))).toEqual(['fear-or-concern']);

    const dated = await api.gql(UPDATE, {
      c: f.councilId,
      id: created.id,
      input: { date: '2023-05-01' },
    });
    expect(dated.data?.updateLearningNote.category.id).toBe('fear-or-concern');

    const deleted = await api.gql(DELETE, { c: f.councilId, id: created.id });
    expect(deleted.data?.deleteLearningNote).toBe(true);
    const gone = await api.gql(GET, { c: f.councilId, id: created.id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
  });

  it('lists by date with filters for target, category, date range and text', async () => {
    const f = await fixture();
    const n1 = await create(f.councilId, note('TEAM', f.teamId, { date: '2023-03-01' }));
    const n2 = await create(
      f.councilId,
      note('TEAM', f.teamId, {
        date: '2022-01-01',
        categoryId: 'surprise',
        text: 'The GP practice already ran a SHARED rota.',
      }),
    );
    const n3 = await create(f.councilId, note('PERSON', f.personId, { date: '2024-02-02' }));
    const n4 = await create(f.councilId, note('COUNCIL', f.councilId, { date: '2023-03-01' }));
    const c = f.councilId;

    const all = await api.gql(LIST, { c });
    expect(all.data?.learningNotes.total).toBe(4);
    expect(ids(all)).toEqual([n2.id, n1.id, n4.id, n3.id]);

    expect(ids(await api.gql(LIST, { c, targetKind: 'TEAM', targetId: f.teamId }))).toEqual([
      n2.id,
      n1.id,
    ]);
    expect(ids(await api.gql(LIST, { c, targetKind: 'PERSON' }))).toEqual([n3.id]);
    expect(ids(await api.gql(LIST, { c, categoryId: 'surprise' }))).toEqual([n2.id]);
    expect(ids(await api.gql(LIST, { c, from: '2023-03-01', to: '2023-12-31' }))).toEqual([
      n1.id,
      n4.id,
    ]);
    expect(ids(await api.gql(LIST, { c, search: 'shared rota' }))).toEqual([n2.id]);
    const page = await api.gql(LIST, { c, offset: 1, limit: 2 });
    expect(page.data?.learningNotes.total).toBe(4);
    expect(ids(page)).toEqual([n1.id, n4.id]);
  });

  it("never reads, changes or deletes another council's note, nor moves a note there", async () => {
    const own = await create(a.councilId, note('TEAM', a.teamId));
    const foreign = await create(b.councilId, note('TEAM', b.teamId));
    const beforeA = await councilFingerprint(db, a.councilId);
    const beforeB = await councilFingerprint(db, b.councilId);

    const attempts = [
      await api.gql(GET, { c: a.councilId, id: foreign.id }),
      await api.gql(UPDATE, { c: a.councilId, id: foreign.id, input: { text: 'Hijacked' } }),
      await api.gql(DELETE, { c: a.councilId, id: foreign.id }),
      await api.gql(UPDATE, {
        c: a.councilId,
        id: own.id,
        input: { text: 'Moved', target: { kind: 'TEAM', id: b.teamId } },
      }),
      await api.gql(UPDATE, {
        c: a.councilId,
        id: own.id,
        input: { target: { kind: 'COUNCIL', id: b.councilId } },
      }),
      await api.gql(LIST, { c: a.councilId, targetKind: 'TEAM', targetId: b.teamId }),
      await api.gql(LIST, { c: uniqueId('no-council') }),
    ];
    for (const res of attempts) {
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    expect(JSON.stringify(attempts[3].errors)).toContain('input.target.id');
    expect(JSON.stringify(attempts[5].errors)).toContain('targetId');
    expect(ids(await api.gql(LIST, { c: a.councilId }))).not.toContain(foreign.id);
    expect(await councilFingerprint(db, a.councilId)).toBe(beforeA);
    expect(await councilFingerprint(db, b.councilId)).toBe(beforeB);
    const stillThere = await api.gql(GET, { c: b.councilId, id: foreign.id });
    expect(stillThere.data?.learningNote.text).toBe(note('TEAM', '').text);
  });

  it.each([
    ['"id\\" is not defined', { id: 'server-makes-ids' }],
    ['input.categoryId', { categoryId: 'gossip' }],
    ['input.categoryId', { categoryId: 'not valid' }],
    ['input.text', { text: '' }],
    ['input.text', { text: 'x'.repeat(4001) }],
    ['input.date', { date: '2023-04-31' }],
    ['input.authorRole', { authorRole: '' }],
    ['input.authorRole', { authorRole: 'x'.repeat(121) }],
    ['input.target.id', { target: { kind: 'TEAM', id: 'bad id' } }],
    ['input.target.kind', { target: { kind: 'WAVE', id: 'x' } }],
  ])('rejects a bad %s on create and writes nothing', async (field, extra) => {
    const before = await councilFingerprint(db, a.councilId);
    const res = await api.gql(CREATE, { c: a.councilId, input: note('TEAM', a.teamId, extra) });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, a.councilId)).toBe(before);
  });

  it.each([
    ['input.categoryId', { categoryId: 'gossip' }],
    ['input.categoryId', { categoryId: null }],
    ['input.text', { text: null }],
    ['input.text', { text: 'x'.repeat(4001) }],
    ['input.date', { date: '20230401' }],
    ['input.authorRole', { authorRole: '' }],
    ['input.target', { target: null }],
    ['input.target.id', { target: { kind: 'TEAM', id: '' } }],
  ])('rejects a bad %s on update and changes nothing', async (field, input) => {
    const created = await create(a.councilId, note('TEAM', a.teamId));
    const before = await councilFingerprint(db, a.councilId);
    const res = await api.gql(UPDATE, { c: a.councilId, id: created.id, input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, a.councilId)).toBe(before);
    const read = await api.gql(GET, { c: a.councilId, id: created.id });
    expect(read.data?.learningNote).toMatchObject({
      text: note('TEAM', '').text,
      category: { id: 'what-helped' },
      target: { kind: 'TEAM', id: a.teamId },
    });
  });

  it.each([
    ['targetKind', { targetId: 'x' }],
    ['categoryId', { categoryId: 'gossip' }],
    ['from', { from: 'last year' }],
    ['to', { from: '2023-02-01', to: '2023-01-31' }],
    ['search', { search: 'x'.repeat(201) }],
    ['limit', { limit: 501 }],
  ])('rejects a bad %s filter', async (field, filter) => {
    const res = await api.gql(LIST, { c: a.councilId, ...filter });
    expectBadInput(res, field);
    expectNoInternals(res);
  });
});
