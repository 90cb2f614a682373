import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultBackupFile, parseBackupArgs, storeHoldsDatabase } from '../../../graph/backup';
import { adminFailure } from '../../../graph/neo4j-admin';

describe('db:backup / db:restore arguments and messages', () => {
  it('reads the action, an optional file and --force; nothing is asked interactively', () => {
    expect(parseBackupArgs(['backup'])).toEqual({ action: 'backup', file: null, force: false });
    expect(parseBackupArgs(['backup', 'x.dump', '--force'])).toEqual({
      action: 'backup',
      file: 'x.dump',
      force: true,
    });
    expect(parseBackupArgs(['restore', '--force', 'x.dump'])).toEqual({
      action: 'restore',
      file: 'x.dump',
      force: true,
    });
  });

  it('refuses a restore without a file, unknown options and extra files, in one line', () => {
    expect(() => parseBackupArgs(['restore'])).toThrow(
      'npm run db:restore needs the backup to load: npm run db:restore -- FILE',
    );
    expect(() => parseBackupArgs(['backup', '--yes'])).toThrow(/^usage: npm run db:backup/);
    expect(() => parseBackupArgs(['backup', 'a', 'b'])).toThrow(/^usage:/);
    expect(() => parseBackupArgs([])).toThrow(/^usage:/);
  });

  it('names default backups by UTC time under backups/', () => {
    const file = defaultBackupFile(new Date('2026-12-01T09:55:07.123Z'));
    expect(file).toMatch(/\/backups\/interweave-2026-12-01T09-55-07Z\.dump$/);
    expect(defaultBackupFile(new Date('2026-12-01T09:55:07Z'), '-before-restore')).toMatch(
      /interweave-2026-12-01T09-55-07Z-before-restore\.dump$/,
    );
  });

  it('sees whether a store already holds the database a restore would replace', () => {
    const data = mkdtempSync(join(tmpdir(), 'iw-store-'));
    expect(storeHoldsDatabase(data)).toBe(false);
    mkdirSync(join(data, 'databases', 'neo4j'), { recursive: true });
    expect(storeHoldsDatabase(data)).toBe(false);
    writeFileSync(join(data, 'databases', 'neo4j', 'neostore'), '');
    expect(storeHoldsDatabase(data)).toBe(true);
  });

  it("turns neo4j-admin's output into one actionable line", () => {
    const inUse =
      "2026-12-01 ERROR [o.n.c.d.DumpCommand] Failed to dump database 'neo4j': The database is in use. Stop database 'neo4j' and try again.";
    expect(adminFailure(inUse, 1)).toBe(
      'The local Neo4j store is in use by a running Neo4j: stop Interweave (npm start or npm run neo4j) first, then run this again.',
    );
    const bad =
      "Files: 1/3\nFailed to get metadata for archive 'reading from stdin': Unknown frame descriptor\nPrint metadata failed for databases: 'neo4j'";
    expect(adminFailure(bad, 1)).toBe(
      "neo4j-admin failed (exit 1): Failed to get metadata for archive 'reading from stdin': Unknown frame descriptor",
    );
  });
});
