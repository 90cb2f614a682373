import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { seedDemo } from '../../../seed/demo-seed';
import { generateDemo } from '../../../seed/generator/demo';
import { validAtExpr } from '../../../api/common/temporal';
import { testDb } from '../../support/domain-fixtures';

/** The demo councils have fixed ids; loading them is idempotent, so tests share them. */
describe('demo seed in Neo4j', () => {
  let db: Neo4jService;
  beforeAll(async () => {
    db = testDb();
    await seedDemo(db);
  }, 120_000);
  afterAll(() => db.driver.close());

  const counts = async () => {
    const res = await db.query<{ label: string; n: number }>(
      `MATCH (n) WHERE n.councilId IN $ids OR n.id IN $ids RETURN labels(n)[0] AS label, count(n) AS n ORDER BY label`,
      { ids: ['tamebridge', 'riverholm', 'ashcombe', 'kelsworth'] },
    );
    const rels = await db.query<{ n: number }>(
      `MATCH (n)-[r]->() WHERE n.councilId IN $ids OR n.id IN $ids RETURN count(r) AS n`,
      { ids: ['tamebridge', 'riverholm', 'ashcombe', 'kelsworth'] },
    );
    return {
      nodes: res.records.map((r) => `${r.get('label')}=${r.get('n')}`).join(','),
      rels: rels.records[0].get('n'),
    };
  };

  it('seeding twice leaves the same node and relationship counts', async () => {
    const first = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect(first.rels).toBeGreaterThan(1000);
  }, 120_000);

  it('stores what the generator made, per council', async () => {
    for (const c of generateDemo().councils) {
      const res = await db.query<{ people: number; ties: number; waves: number }>(
        `MATCH (c:Council {id: $id})
         RETURN COUNT { MATCH (p:Person) WHERE p.councilId = $id } AS people,
                COUNT { MATCH (t:Tie) WHERE t.councilId = $id } AS ties,
                COUNT { MATCH (w:Wave) WHERE w.councilId = $id } AS waves`,
        { id: c.council.id },
      );
      expect(res.records[0].toObject()).toEqual({
        people: c.people.length,
        ties: c.ties.length,
        waves: 4,
      });
    }
  });

  /** Home-care ↔ district-nursing ties valid at each wave, read from the graph. */
  async function hcDnByWave(councilId: string): Promise<number[]> {
    const res = await db.query<{ n: number }>(
      `MATCH (w:Wave) WHERE w.councilId = $councilId
       WITH w ORDER BY w.date
       CALL (w) {
         WITH w.date AS asOf
         MATCH (a:Person)<-[:FROM]-(t:Tie)-[:TO]->(b:Person)
         WHERE t.councilId = $councilId AND ${validAtExpr('t', 'asOf')}
         MATCH (a)-[ma:MEMBER_OF]->(ta:Team), (b)-[mb:MEMBER_OF]->(tb:Team)
         WHERE ${validAtExpr('ma', 'asOf')} AND ${validAtExpr('mb', 'asOf')}
           AND [ta.typeId, tb.typeId] IN [['home-care-branch', 'district-nursing'], ['district-nursing', 'home-care-branch']]
         RETURN count(t) AS n
       }
       RETURN n`,
      { councilId },
    );
    return res.records.map((r) => r.get('n'));
  }

  it('shows home-care ↔ district-nursing ties at least tripling in Tamebridge and flat in Kelsworth', async () => {
    const tame = await hcDnByWave('tamebridge');
    expect(tame).toHaveLength(4);
    expect(tame[3]).toBeGreaterThanOrEqual(3 * tame[0]);
    const kels = await hcDnByWave('kelsworth');
    expect(kels[3]).toBe(kels[0]);
  });

  it('has learning notes of every category attached to their targets', async () => {
    const res = await db.query<{ category: string; attached: number }>(
      `MATCH (n:LearningNote)-[:IN_CATEGORY]->(c:NoteCategory)
       WHERE n.councilId IN ['tamebridge', 'riverholm', 'ashcombe', 'kelsworth']
       RETURN c.id AS category, count { (n)-[:ABOUT]->() } AS attached`,
    );
    expect(new Set(res.records.map((r) => r.get('category'))).size).toBe(7);
    for (const r of res.records) expect(r.get('attached')).toBe(1);
  });
});
