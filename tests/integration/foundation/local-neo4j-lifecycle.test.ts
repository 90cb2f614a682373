import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { startLocalNeo4j } from '../../../graph/local-neo4j';
import { scratchDir } from '../../support/scratch-dir';

// A second, private Neo4j on its own ports and store, so stopping it cannot disturb the
// shared test server.
const BOLT = 7691;
const HTTP = 7481;

const dataDir = join(scratchDir('iw-neo4j-'), 'data');

describe('local Neo4j lifecycle', () => {
  it('keeps data across a clean stop and restart, and leaves no Java process behind', async () => {
    const first = await startLocalNeo4j({
      boltPort: BOLT,
      httpPort: HTTP,
      dataDir,
      startTimeoutMs: 120_000,
      log: () => undefined,
    });
    expect(first.owned).toBe(true);
    let db = new Neo4jService({ uri: first.uri, user: 'neo4j', password: '', database: 'neo4j' });
    await db.query(
      "CREATE (:Council {id: 'persisted', name: 'Written before restart'})",
      {},
      'WRITE',
    );
    await db.driver.close();
    await first.stop();

    // Neo4j logs "Stopped." only after it has closed the store cleanly.
    const log = readFileSync(join(dataDir, '..', 'logs', String(BOLT), 'neo4j.log'), 'utf8');
    expect(log).toMatch(/Stopped\./);
    const probe = await fetch(`http://127.0.0.1:${HTTP}/`).then(
      () => 'up',
      () => 'down',
    );
    expect(probe).toBe('down');

    const second = await startLocalNeo4j({
      boltPort: BOLT,
      httpPort: HTTP,
      dataDir,
      startTimeoutMs: 120_000,
      log: () => undefined,
    });
    try {
      expect(second.owned).toBe(true);
      db = new Neo4jService({ uri: second.uri, user: 'neo4j', password: '', database: 'neo4j' });
      const result = await db.query<{ name: string }>(
        "MATCH (c:Council {id: 'persisted'}) RETURN c.name AS name",
      );
      expect(result.records.map((r) => r.get('name'))).toEqual(['Written before restart']);
      await db.driver.close();
    } finally {
      await second.stop();
    }
  }, 300_000);

  it('gives up after the start timeout with the tail of the log', async () => {
    await expect(
      startLocalNeo4j({
        boltPort: BOLT,
        httpPort: HTTP,
        dataDir,
        startTimeoutMs: 1000,
        log: () => undefined,
      }),
    ).rejects.toThrow(
      new RegExp(
        `Neo4j did not answer on bolt://127.0.0.1:${BOLT} within 1000 ms \\(raise LOCAL_NEO4J_START_TIMEOUT_MS\\); last log lines:`,
      ),
    );
    // The half-started server was stopped: the port is free again.
    const again = await fetch(`http://127.0.0.1:${HTTP}/`).then(
      () => 'up',
      () => 'down',
    );
    expect(again).toBe('down');
  }, 120_000);
});
