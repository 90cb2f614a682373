import { ManagedTransaction } from 'neo4j-driver';
import { lockTiePairs } from '../../../api/neo4j/locks';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { pairKey } from '../../../api/tie/tie-rules';
import {
  apiPerson,
  apiTeam,
  createCouncil,
  deleteCouncil,
  testDb,
} from '../../support/domain-fixtures';
import { tieInput } from '../../support/actor-fixtures';
import { GraphQLResponse, startTestApp, TestApp } from '../../support/test-app';
import { until } from '../../support/until';

const ROUNDS = 10;
const AT_ONCE = 10;

const CREATE_TIE = `mutation($c: ID!, $i: TieInput!) { createTie(councilId: $c, input: $i) { id } }`;
const CREATE_TIES = `mutation($c: ID!, $i: CreateTiesInput!) { createTies(councilId: $c, input: $i) { created errors { index code } } }`;
const ADD_PROFESSION = `mutation($c: ID!, $i: AddProfessionInput!) { addProfession(councilId: $c, input: $i) { id } }`;
const ADD_MEMBER = `mutation($c: ID!, $i: AddTeamMembershipInput!) { addTeamMembership(councilId: $c, input: $i) { id } }`;

const tie = (fromId: string, toId: string, extra: Record<string, unknown> = {}) =>
  tieInput(fromId, toId, { validFrom: '2022-01-01', ...extra });

const code = (r: GraphQLResponse) => (r.errors ? String(r.errors[0].extensions?.code) : 'OK');
const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

/**
 * Ten clients send the same request at the same instant, ten rounds each, against the real
 * Neo4j: every round ends exactly as the rules promise, and the stored counts prove it.
 */
describe('ten people saving at once', () => {
  let api: TestApp;
  let db: Neo4jService;
  let c: string;
  const councils: string[] = [];
  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    c = (await createCouncil(api, 'Concurrency')).id;
    councils.push(c);
  });
  afterAll(async () => {
    for (const id of councils) await deleteCouncil(api, id);
    await db.driver.close();
    await api.close();
  });

  const count = async (cypher: string, params: Record<string, unknown>) =>
    (await db.query<{ n: number }>(cypher, params)).records[0].get('n');
  const atOnce = (query: string, vars: Record<string, unknown>) =>
    Promise.all(Array.from({ length: AT_ONCE }, () => api.gql(query, vars)));

  it('stores one identical createTie and refuses the other nine with CONFLICT', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [a, b] = [await apiPerson(api, c), await apiPerson(api, c)];
      const answers = await atOnce(CREATE_TIE, { c, i: tie(a, b) });
      expect(tally(answers.map(code))).toEqual({ OK: 1, CONFLICT: AT_ONCE - 1 });
      expect(
        await count(`MATCH (t:Tie {fromId: $a, toId: $b}) RETURN count(t) AS n`, { a, b }),
      ).toBe(1);
    }
  });

  it('stores one of ten identical createTies batches; the others write nothing', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const people = await Promise.all(Array.from({ length: 4 }, () => apiPerson(api, c)));
      const items = [
        tie(people[0], people[1]),
        tie(people[1], people[2]),
        tie(people[2], people[3]),
      ];
      const answers = await atOnce(CREATE_TIES, { c, i: { items } });
      const created = answers.map((r) => r.data?.createTies.created as number);
      expect(created.filter((n) => n === 3)).toHaveLength(1);
      expect(created.filter((n) => n === 0)).toHaveLength(AT_ONCE - 1);
      for (const r of answers.filter((x) => x.data?.createTies.created === 0)) {
        expect(
          r.data?.createTies.errors.every((e: { code: string }) => e.code === 'CONFLICT'),
        ).toBe(true);
      }
      expect(
        await count(`MATCH (t:Tie) WHERE t.fromId IN $p RETURN count(t) AS n`, { p: people }),
      ).toBe(3);
    }
  });

  it('gives a person one profession for a period, however many add it at once', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const p = await apiPerson(api, c);
      const answers = await atOnce(ADD_PROFESSION, {
        c,
        i: { personId: p, professionId: 'district-nurse', validFrom: '2021-01-01' },
      });
      expect(tally(answers.map(code))).toEqual({ OK: 1, CONFLICT: AT_ONCE - 1 });
      expect(
        await count(`MATCH (:Person {id: $p})-[m:HAS_PROFESSION]->() RETURN count(m) AS n`, { p }),
      ).toBe(1);
    }
  });

  it('makes a person a member of a team once for a period, however many add it at once', async () => {
    const team = await apiTeam(api, c);
    for (let round = 0; round < ROUNDS; round += 1) {
      const p = await apiPerson(api, c);
      const answers = await atOnce(ADD_MEMBER, {
        c,
        i: { personId: p, teamId: team, validFrom: '2021-01-01' },
      });
      expect(tally(answers.map(code))).toEqual({ OK: 1, CONFLICT: AT_ONCE - 1 });
      expect(
        await count(`MATCH (:Person {id: $p})-[m:MEMBER_OF]->() RETURN count(m) AS n`, { p }),
      ).toBe(1);
    }
  });

  it('never leaves validTo before validFrom when endTie races updateTie', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [a, b] = [await apiPerson(api, c), await apiPerson(api, c)];
      const made = await api.gql(CREATE_TIE, { c, i: tie(a, b, { validFrom: '2020-01-01' }) });
      const id = made.data?.createTie.id as string;
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, k) =>
          k % 2 === 0
            ? api.gql(
                `mutation($c: ID!, $id: ID!) { endTie(councilId: $c, id: $id, validTo: "2021-01-01") { id } }`,
                { c, id },
              )
            : api.gql(
                `mutation($c: ID!, $id: ID!) { updateTie(councilId: $c, id: $id, input: { validFrom: "2022-01-01" }) { id } }`,
                { c, id },
              ),
        ),
      );
      // Whichever came first wins; the other kind is refused with a field error, never stored.
      for (const answer of answers) expect(['OK', 'BAD_USER_INPUT']).toContain(code(answer));
      const stored = await db.query<{ from: string; to: string | null }>(
        `MATCH (t:Tie {id: $id}) RETURN t.validFrom AS from, t.validTo AS to`,
        { id },
      );
      const { from, to } = stored.records[0].toObject();
      expect(to === null || to > from).toBe(true);
      // Every version kept in the history is a valid period too.
      expect(
        await count(
          `MATCH (v:TieVersion {tieId: $id}) WHERE v.validTo IS NOT NULL AND v.validTo <= v.validFrom RETURN count(v) AS n`,
          { id },
        ),
      ).toBe(0);
    }
  });

  it('makes updateTie wait for a tie of the same pair being created, and then refuse the overlap', async () => {
    const [a, b] = [await apiPerson(api, c), await apiPerson(api, c)];
    const made = await api.gql(CREATE_TIE, {
      c,
      i: tie(a, b, { validFrom: '2020-01-01', validTo: '2021-01-01' }),
    });
    const id = made.data?.createTie.id as string;
    // Another writer creating the same pair's tie from 2023 holds the pair's lock, as
    // createTie takes it, and has not committed yet.
    const session = db.driver.session();
    const open = session.beginTransaction();
    try {
      const writer = ManagedTransaction.fromTransaction(open);
      await lockTiePairs(writer, c, [
        pairKey({
          fromKind: 'PERSON',
          fromId: a,
          toKind: 'PERSON',
          toId: b,
          typeId: 'direct-contact',
          directed: false,
          validFrom: '2023-01-01',
          validTo: null,
        }),
      ]);
      await writer.run(
        `CREATE (:Tie {id: 'pair-race', councilId: $c, fromKind: 'PERSON', fromId: $a, toKind: 'PERSON', toId: $b,
                       typeId: 'direct-contact', directed: false, validFrom: '2023-01-01', version: 1})`,
        { c, a, b },
      );
      // Extending the ended tie to open-ended would overlap it: the update waits for the pair.
      const extending = api.gql(
        `mutation($c: ID!, $id: ID!) { updateTie(councilId: $c, id: $id, input: { validTo: null }) { id } }`,
        { c, id },
      );
      await until(async () => {
        const blocked = await db.query(
          'SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH $blocked RETURN status',
          { blocked: 'Blocked by' },
        );
        return blocked.records.length > 0;
      }, 'the update waits for the pair lock');
      await open.commit();
      const answer = await extending;
      expect(code(answer)).toBe('CONFLICT');
    } finally {
      if (open.isOpen()) await open.rollback();
      await session.close();
    }
    const stored = await db.query<{ to: string | null }>(
      `MATCH (t:Tie {id: $id}) RETURN t.validTo AS to`,
      { id },
    );
    expect(stored.records[0].get('to')).toBe('2021-01-01');
    await db.query(`MATCH (t:Tie {id: 'pair-race'}) DELETE t`, {}, 'WRITE');
  });

  it('leaves nothing of a council deleted while others write in it, and a new one with its id starts empty', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const doomed = (await createCouncil(api, 'Doomed')).id;
      councils.push(doomed);
      const [a, b] = [await apiPerson(api, doomed), await apiPerson(api, doomed)];
      const team = await apiTeam(api, doomed);
      const writes = [
        () => api.gql(CREATE_TIE, { c: doomed, i: tie(a, b) }),
        () =>
          api.gql(
            `mutation($c: ID!) { createWave(councilId: $c, input: { label: "W${round}", date: "2022-01-01", method: "survey" }) { id } }`,
            { c: doomed },
          ),
        () =>
          api.gql(
            `mutation($c: ID!, $t: ID!) { createPerson(councilId: $c, input: { pseudonym: "late-${round}", level: FRONTLINE, validFrom: "2021-01-01", teamId: $t }) { id } }`,
            { c: doomed, t: team },
          ),
        () =>
          api.gql(
            `mutation($c: ID!) { createOrganisation(councilId: $c, input: { name: "Late", typeId: "gp-practice", validFrom: "2021-01-01" }) { id } }`,
            { c: doomed },
          ),
        () =>
          api.gql(ADD_PROFESSION, {
            c: doomed,
            i: { personId: a, professionId: 'district-nurse', validFrom: '2021-01-01' },
          }),
      ];
      const answers = await Promise.all([
        ...writes.flatMap((w) => [w(), w()]),
        api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, { c: doomed }),
      ]);
      expect(answers[answers.length - 1].data?.deleteCouncil).toBe(true);
      for (const answer of answers.slice(0, -1))
        expect(['OK', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN']).toContain(code(answer));
      // Labels of whatever is left, so a failure says what escaped the delete.
      const left = await db.query<{ labels: string[] }>(
        `MATCH (n) WHERE (n.councilId = $c OR n.id = $c) AND NOT n:AuditEvent RETURN labels(n) AS labels`,
        { c: doomed },
      );
      expect(left.records.map((r) => r.get('labels'))).toEqual([]);
      const again = await api.gql(
        `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
        {
          i: { id: doomed, name: 'Reborn' },
        },
      );
      expect(again.errors).toBeUndefined();
      const contents = await api.gql(
        `query($c: ID!) { people(councilId: $c) { total } ties(councilId: $c) { total } waves(councilId: $c) { total } organisations(councilId: $c) { total } }`,
        { c: doomed },
      );
      expect(contents.data).toEqual({
        people: { total: 0 },
        ties: { total: 0 },
        waves: { total: 0 },
        organisations: { total: 0 },
      });
      const audit = await api.gql(
        `query($c: ID!) { auditEvents(councilId: $c) { items { operation } } }`,
        { c: doomed },
      );
      expect(audit.data?.auditEvents.items.map((e: { operation: string }) => e.operation)).toEqual([
        'createCouncil',
      ]);
    }
  });
});
