import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { CONFLICT_LOOKUP } from '../../../api/tie/tie.cypher';
import { sameTie, TieIdentity } from '../../../api/tie/tie-rules';
import { testDb } from '../../support/domain-fixtures';

/** Ends that share ids across kinds, so a check that forgot the kind would be caught. */
const ENDS = [
  { kind: 'PERSON', id: 'rule-a' },
  { kind: 'PERSON', id: 'rule-b' },
  { kind: 'TEAM', id: 'rule-b' },
];
const PERIODS = [
  { validFrom: '2020-01-01', validTo: null },
  { validFrom: '2020-01-01', validTo: '2021-01-01' },
  { validFrom: '2021-01-01', validTo: null },
];

/** Every identity over two types, ordered pairs of distinct ends, both directions, the periods. */
const IDENTITIES: TieIdentity[] = ['referral', 'advice'].flatMap((typeId) =>
  ENDS.flatMap((from) =>
    ENDS.filter((to) => to !== from).flatMap((to) =>
      [true, false].flatMap((directed) =>
        PERIODS.map((period) => ({
          typeId,
          fromKind: from.kind,
          fromId: from.id,
          toKind: to.kind,
          toId: to.id,
          directed,
          ...period,
        })),
      ),
    ),
  ),
);

/**
 * "The same tie" exists once in Cypher (the stored-tie look-up every create, update and
 * import runs) and once in TypeScript (the check within a batch); they must agree on every
 * pair of identities.
 */
describe('the identical-tie rule, in Cypher and in TypeScript', () => {
  const councilId = `same-tie-rule-${Date.now().toString(36)}`;
  let db: Neo4jService;
  beforeAll(async () => {
    db = testDb();
    await db.query(
      `UNWIND $ties AS tie CREATE (t:Tie) SET t = tie, t.councilId = $councilId`,
      { ties: IDENTITIES.map((identity, i) => ({ ...identity, id: `rule-tie-${i}` })), councilId },
      'WRITE',
    );
  });
  afterAll(async () => {
    await db.query(`MATCH (t:Tie) WHERE t.councilId = $councilId DELETE t`, { councilId }, 'WRITE');
    await db.driver.close();
  });

  it(`agrees for all ${IDENTITIES.length}² pairs of identities`, async () => {
    const result = await db.query<{ index: number; ids: string[] }>(
      `UNWIND $candidates AS c
       ${CONFLICT_LOOKUP}
       RETURN c.index AS index, collect(t.id) AS ids`,
      { candidates: IDENTITIES.map((identity, index) => ({ ...identity, index })), councilId },
    );
    const found = new Map(result.records.map((r) => [r.get('index'), [...r.get('ids')].sort()]));
    const expected = new Map(
      IDENTITIES.flatMap((candidate, index) => {
        const ids = IDENTITIES.flatMap((stored, i) =>
          sameTie(stored, candidate) ? [`rule-tie-${i}`] : [],
        ).sort();
        return ids.length ? [[index, ids] as const] : [];
      }),
    );
    expect(found).toEqual(expected);
    // Not vacuous: beside itself, a candidate can match a reversed undirected tie or an overlapping period.
    expect([...expected.values()].some((ids) => ids.length > 1)).toBe(true);
  });
});
