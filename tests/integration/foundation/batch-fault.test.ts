import { join } from 'node:path';
import { DomainErrorCode } from '../../../api/common/domain-error';
import { systemScope } from '../../../api/common/request-scope';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { TieBatchService } from '../../../api/tie/tie-batch.service';
import { LocalNeo4jHandle, repoGraphDir, startLocalNeo4j } from '../../../graph/local-neo4j';
import { loadMigrations, migrate, migrationsDir } from '../../../graph/migrator';
import { createActors, tieInput } from '../../support/actor-fixtures';
import { createCouncil } from '../../support/domain-fixtures';
import { startTestApp, TestApp } from '../../support/test-app';
import { scratchDir } from '../../support/scratch-dir';

// A private Neo4j on its own ports and store: this test kills it.
const BOLT = 7732;
const HTTP = 7733;
const TIES = 20_000;

/**
 * A 20,000-tie batch is one transaction: when Neo4j dies after the batch has started
 * writing (its first chunk of ties created, not yet committed), nothing of it is stored,
 * and once Neo4j is back the same batch loads in full through the same, never restarted API.
 */
const dataDir = join(scratchDir('iw-neo4j-'), 'data');

describe('a batch interrupted by a Neo4j crash', () => {
  const options = {
    boltPort: BOLT,
    httpPort: HTTP,
    dataDir,
    startTimeoutMs: 120_000,
    log: () => undefined,
  };
  let server: LocalNeo4jHandle | null = null;
  let api: TestApp | null = null;

  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.close();
    await server?.stop();
  });

  async function tieCount(db: Neo4jService, councilId: string): Promise<number> {
    const result = await db.query<{ ties: number; links: number }>(
      `OPTIONAL MATCH (t:Tie) WHERE t.councilId = $c
       OPTIONAL MATCH (t)-[r]-()
       RETURN count(DISTINCT t) AS ties, count(r) AS links`,
      { c: councilId },
    );
    const row = result.records[0];
    expect(row.get('links')).toBe(row.get('ties') * 3); // FROM, TO, OF_TYPE: never half a tie
    return row.get('ties');
  }

  it('writes 0 of 20,000 ties when Neo4j is killed mid-batch, then all of them after it returns', async () => {
    server = await startLocalNeo4j(options);
    const connection = { uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' };
    const setup = new Neo4jService(connection);
    await migrate(setup.driver, 'neo4j', loadMigrations(migrationsDir(repoGraphDir())));
    await setup.driver.close();

    api = await startTestApp(connection);
    const db = api.app.get(Neo4jService);
    const { id: councilId } = await createCouncil(api, 'Crash');
    // 201 people have 20,100 pairs; direct contact is undirected, so one tie per pair.
    const { people } = await createActors(db, councilId, { people: 201 });
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < people.length && items.length < TIES; i += 1) {
      for (let j = i + 1; j < people.length && items.length < TIES; j += 1) {
        items.push(tieInput(people[i], people[j]));
      }
    }
    expect(items).toHaveLength(TIES);

    // The crash: SIGKILL to Neo4j's java process as soon as a statement of the batch's
    // transaction reports ties created (the transaction is open, nothing committed).
    const victim = server;
    const driver = db.driver;
    const open = driver.session.bind(driver);
    let killedAfter: number | null = null;
    const spy = jest.spyOn(driver, 'session').mockImplementation((config) => {
      const session = open(config);
      const begin = session.beginTransaction.bind(session);
      session.beginTransaction = (txConfig) => {
        const tx = begin(txConfig);
        const run = tx.run.bind(tx);
        tx.run = (async (...args: Parameters<typeof run>) => {
          const result = await run(...args);
          // Nodes that stay: the pair locks (api/neo4j/locks.ts) create and delete theirs.
          const updates = result.summary.counters.updates();
          const created = updates.nodesCreated - updates.nodesDeleted;
          if (created > 0 && killedAfter === null) {
            killedAfter = created;
            process.kill(victim.pid as number, 'SIGKILL');
          }
          return result;
        }) as unknown as typeof tx.run;
        return tx;
      };
      return session;
    });

    const batch = api.app.get(TieBatchService);
    const failure = await batch.create(systemScope(councilId), items as never).then(
      (result) => ({ unexpected: { ...result, errors: result.errors.slice(0, 3) } }),
      (error: unknown) => error,
    );
    spy.mockRestore();
    expect(killedAfter).toBeGreaterThan(0);
    expect(killedAfter).toBeLessThan(TIES);
    expect(failure).toMatchObject({ code: DomainErrorCode.DatabaseUnavailable });

    // Same store: Neo4j recovers it from its transaction log; the API is not restarted.
    server = await startLocalNeo4j(options);
    const deadline = Date.now() + 30_000;
    let count: number | null = null;
    while (count === null && Date.now() < deadline) {
      count = await tieCount(db, councilId).catch(() => null);
    }
    process.stderr.write(
      `[batch fault] killed after ${killedAfter} of ${TIES} ties were written in the open transaction; ${count} stored after restart\n`,
    );
    expect(count).toBe(0);

    const again = await batch.create(systemScope(councilId), items as never);
    expect(again).toMatchObject({ created: TIES, errors: [] });
    expect(await tieCount(db, councilId)).toBe(TIES);
  }, 600_000);
});
