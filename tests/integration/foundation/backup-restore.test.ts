import { createHash } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { BackupRefused, backupLocal, restoreLocal } from '../../../graph/backup';
import { LocalNeo4jHandle, repoGraphDir, startLocalNeo4j } from '../../../graph/local-neo4j';
import { loadMigrations, migrate, migrationsDir } from '../../../graph/migrator';
import { inspectDump } from '../../../graph/neo4j-admin';
import { loadCouncil } from '../../../seed/seed.repository';
import { generateScale } from '../../../seed/generator/scale';
import { scratchDir } from '../../support/scratch-dir';

// A private Neo4j on its own ports and store: the backup tools need it stopped, which the
// shared test server must never be.
const store = {
  boltPort: 7697,
  httpPort: 7489,
  dataDir: join(scratchDir('iw-backup-'), 'data'),
};
const work = scratchDir('iw-backup-files-');

interface StoreFingerprint {
  labels: Record<string, number>;
  types: Record<string, number>;
  checksum: string;
}

/** JSON with sorted keys; Neo4j values that are objects (temporal, spatial) tagged by class. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  const tag = value.constructor === Object ? '' : value.constructor.name;
  return `${tag}{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Every label and type counted, and a sha256 over every node's and relationship's content. */
async function fingerprint(db: Neo4jService): Promise<StoreFingerprint> {
  const nodes = await db.query<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const node = (labels: string[], props: unknown) =>
    `${[...labels].sort().join(':')}${canonical(props)}`;
  const rels = await db.query(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, properties(r) AS props,
            labels(a) AS fromLabels, properties(a) AS fromProps,
            labels(b) AS toLabels, properties(b) AS toProps`,
  );
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const lines: string[] = [];
  for (const r of nodes.records) {
    for (const label of r.get('labels')) labels[label] = (labels[label] ?? 0) + 1;
    lines.push(`N ${node(r.get('labels'), r.get('props'))}`);
  }
  for (const r of rels.records) {
    const type = r.get('type') as string;
    types[type] = (types[type] ?? 0) + 1;
    lines.push(
      `R ${type}${canonical(r.get('props'))} ${node(r.get('fromLabels'), r.get('fromProps'))} -> ${node(r.get('toLabels'), r.get('toProps'))}`,
    );
  }
  const checksum = createHash('sha256').update(lines.sort().join('\n')).digest('hex');
  return { labels, types, checksum };
}

async function withServer<T>(work: (db: Neo4jService) => Promise<T>): Promise<T> {
  const handle: LocalNeo4jHandle = await startLocalNeo4j({
    ...store,
    startTimeoutMs: 180_000,
    log: () => undefined,
  });
  expect(handle.owned).toBe(true);
  const db = new Neo4jService({ uri: handle.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    return await work(db);
  } finally {
    await db.driver.close();
    await handle.stop();
  }
}

describe('npm run db:backup / db:restore on the local Neo4j', () => {
  it('restores every node, relationship and property exactly as dumped', async () => {
    const council = generateScale({ people: 60, ties: 240, seed: 3, councilId: 'backup-council' });
    const backup = join(work, 'council.dump');

    const before = await withServer(async (db) => {
      await migrate(db.driver, 'neo4j', loadMigrations(migrationsDir(repoGraphDir())));
      await loadCouncil(db, council);
      // While the server has the store, both tools refuse with one line and touch nothing.
      await expect(backupLocal(store, backup, { force: false })).rejects.toThrow(
        new BackupRefused(
          `Neo4j is running on bolt://127.0.0.1:${store.boltPort}: stop Interweave (npm start or npm run neo4j) first, then run npm run db:backup again (it needs the store offline).`,
        ),
      );
      expect(existsSync(backup)).toBe(false);
      return fingerprint(db);
    });
    expect(before.labels).toMatchObject({ Council: 1, Person: 60, Tie: 240 });
    expect(before.types.FROM).toBe(240);

    await backupLocal(store, backup, { force: false });
    expect(statSync(backup).size).toBeGreaterThan(0);
    expect(existsSync(`${backup}.partial`)).toBe(false);
    await expect(backupLocal(store, backup, { force: false })).rejects.toThrow(/already exists/);

    const changed = await withServer(async (db) => {
      await db.query(
        `MATCH (t:Tie {councilId: $id}) WITH t LIMIT 30 DETACH DELETE t`,
        { id: council.council.id },
        'WRITE',
      );
      await db.query(
        `MATCH (p:Person {councilId: $id}) WITH p LIMIT 5 SET p.pseudonym = p.pseudonym + ' (changed)'`,
        { id: council.council.id },
        'WRITE',
      );
      await db.query(
        "CREATE (:Council {id: 'after-backup', name: 'Not in the backup'})",
        {},
        'WRITE',
      );
      return fingerprint(db);
    });
    expect(changed.checksum).not.toBe(before.checksum);
    expect(changed.labels.Tie).toBe(210);

    // The store holds a database: without --force nothing is replaced.
    const saveTo = join(work, 'before-restore.dump');
    await expect(restoreLocal(store, backup, { force: false, saveTo })).rejects.toThrow(
      /already holds a database: add --force to replace it/,
    );
    expect(existsSync(saveTo)).toBe(false);

    const outcome = await restoreLocal(store, backup, { force: true, saveTo });
    expect(outcome.savedFirst).toBe(saveTo);
    await inspectDump(store, saveTo); // the replaced database was kept as a real dump

    const after = await withServer((db) => fingerprint(db));
    expect(after).toEqual(before);
  }, 600_000);

  it('refuses a file that is not a Neo4j dump before touching the store', async () => {
    const bogus = join(work, 'not-a-dump.dump');
    writeFileSync(bogus, 'not a dump');
    await expect(
      restoreLocal(store, bogus, { force: true, saveTo: join(work, 'unused.dump') }),
    ).rejects.toThrow(/neo4j-admin failed \(exit 1\): Failed to get metadata/);
    expect(existsSync(join(work, 'unused.dump'))).toBe(false);
  }, 120_000);
});
