import { ManagedTransaction } from 'neo4j-driver';
import { Label } from '../../../graph/labels';
import { DATA_VERSION_STRIPES } from '../../../api/neo4j/data-version';
import { lockRecords } from '../../../api/neo4j/locks';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { testConnection, uniqueId } from '../../support/test-neo4j';
import { until } from '../../support/until';

/**
 * The locks every council write takes first (api/neo4j/locks.ts) and the data-version
 * stripes it moves last (api/neo4j/data-version.ts), against the real Neo4j.
 */
describe('write locks and data-version stripes', () => {
  const neo4j = new Neo4jService(testConnection());
  const councilId = uniqueId('locks');
  afterAll(async () => {
    await neo4j.query('MATCH (n {councilId: $councilId}) DETACH DELETE n', { councilId }, 'WRITE');
    await neo4j.driver.close();
  });

  it('a second transaction locking the same person waits until the first commits', async () => {
    await neo4j.query(
      `CREATE (:${Label.Person} {id: $id, councilId: $councilId})`,
      { id: `${councilId}-p`, councilId },
      'WRITE',
    );
    const first = neo4j.driver.session();
    const second = neo4j.driver.session();
    const open1 = first.beginTransaction();
    const open2 = second.beginTransaction();
    const [tx1, tx2] = [open1, open2].map((tx) => ManagedTransaction.fromTransaction(tx));
    try {
      const order: string[] = [];
      const held = await lockRecords(tx1, councilId, { [Label.Person]: [`${councilId}-p`] });
      expect([...(held.get(Label.Person) ?? [])]).toEqual([`${councilId}-p`]);
      const waiting = lockRecords(tx2, councilId, { [Label.Person]: [`${councilId}-p`] }).then(
        (found) => {
          order.push('second locked');
          return found;
        },
      );
      // The second is blocked on the first's lock, as the server itself reports.
      await until(async () => {
        const tx = await neo4j.query<{ status: string }>(
          'SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH $blocked RETURN status',
          { blocked: 'Blocked by' },
        );
        return tx.records.length > 0;
      }, 'the second transaction is blocked');
      expect(order).toEqual([]);
      order.push('first commits');
      await open1.commit();
      expect([...((await waiting).get(Label.Person) ?? [])]).toEqual([`${councilId}-p`]);
      expect(order).toEqual(['first commits', 'second locked']);
      await open2.commit();
      // The lock leaves no trace on the node.
      const props = await neo4j.query<{ keys: string[] }>(
        `MATCH (p:${Label.Person} {id: $id}) RETURN keys(p) AS keys`,
        { id: `${councilId}-p` },
      );
      expect(props.records[0].get('keys').sort()).toEqual(['councilId', 'id']);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('a record deleted while the second transaction waited for its lock is not reported as found', async () => {
    const [gone, kept] = [`${councilId}-gone`, `${councilId}-kept`];
    await neo4j.query(
      `CREATE (:${Label.Person} {id: $gone, councilId: $councilId}), (:${Label.Person} {id: $kept, councilId: $councilId})`,
      { gone, kept, councilId },
      'WRITE',
    );
    const first = neo4j.driver.session();
    const second = neo4j.driver.session();
    const open1 = first.beginTransaction();
    const open2 = second.beginTransaction();
    try {
      await lockRecords(ManagedTransaction.fromTransaction(open1), councilId, {
        [Label.Person]: [gone],
      });
      await open1.run(`MATCH (p:${Label.Person} {id: $gone}) DETACH DELETE p`, { gone });
      const waiting = lockRecords(ManagedTransaction.fromTransaction(open2), councilId, {
        [Label.Person]: [gone, kept],
      });
      await until(async () => {
        const tx = await neo4j.query(
          'SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH $blocked RETURN status',
          { blocked: 'Blocked by' },
        );
        return tx.records.length > 0;
      }, 'the second transaction is blocked');
      await open1.commit();
      expect([...((await waiting).get(Label.Person) ?? [])]).toEqual([kept]);
      await open2.commit();
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('a write moves exactly one stripe, and the data version is their sum', async () => {
    const id = uniqueId('striped');
    await neo4j.query(
      `CREATE (c:${Label.Council} {id: $id, uid: randomUUID()})
       WITH c UNWIND range(0, $n - 1) AS slot
       CREATE (:${Label.DataVersionStripe} {councilId: c.id, councilUid: c.uid, slot: slot, version: 0})`,
      { id, n: DATA_VERSION_STRIPES },
      'WRITE',
    );
    try {
      const versions = async () =>
        (
          await neo4j.query<{ v: number }>(
            `MATCH (s:${Label.DataVersionStripe} {councilId: $id}) RETURN s.version AS v ORDER BY s.slot`,
            { id },
          )
        ).records.map((r) => r.get('v'));
      for (let i = 1; i <= 20; i += 1) {
        await neo4j.writeInCouncil(id, (_tx, changed) => Promise.resolve(changed()));
        const now = await versions();
        expect(now.reduce((a, b) => a + b, 0)).toBe(i);
      }
      // A refusal (nothing changed) moves nothing.
      await neo4j.writeInCouncil(id, () => Promise.resolve());
      expect((await versions()).reduce((a, b) => a + b, 0)).toBe(20);
    } finally {
      await neo4j.query(
        'MATCH (n) WHERE n.id = $id OR n.councilId = $id DETACH DELETE n',
        { id },
        'WRITE',
      );
    }
  });

  it('a write into a council whose stripes are gone (a forced delete committed) rolls back', async () => {
    const id = uniqueId('gone');
    await neo4j.query(`CREATE (:${Label.Council} {id: $id, uid: randomUUID()})`, { id }, 'WRITE');
    try {
      await expect(
        neo4j.writeInCouncil(id, async (tx, changed) => {
          await tx.run(`CREATE (:${Label.Organisation} {id: $org, councilId: $id})`, {
            org: `${id}-org`,
            id,
          });
          changed();
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const left = await neo4j.query<{ n: number }>(
        'MATCH (n {councilId: $id}) RETURN count(n) AS n',
        { id },
      );
      expect(left.records[0].get('n')).toBe(0);
    } finally {
      await neo4j.query(
        'MATCH (n) WHERE n.id = $id OR n.councilId = $id DETACH DELETE n',
        { id },
        'WRITE',
      );
    }
  });
});
