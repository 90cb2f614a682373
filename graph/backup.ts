import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { repoGraphDir, speaksBolt } from './local-neo4j';
import { dumpDatabase, inspectDump, LOCAL_DATABASE, loadDatabase, LocalStore } from './neo4j-admin';

/**
 * `npm run db:backup` and `npm run db:restore` for the local Neo4j: an offline dump / load of
 * its one database. They never start or stop a server themselves: while Bolt answers on the
 * local port they refuse, so a running Interweave is never pulled from under its users, and
 * afterwards they leave Neo4j stopped (the next `npm start` starts it).
 */

/** A refusal the user can act on; the message is one line. */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

export interface BackupCommand {
  action: 'backup' | 'restore';
  /** As given; null means the default backup file. */
  file: string | null;
  force: boolean;
}

const USAGE = 'usage: npm run db:backup [-- FILE] [--force] | npm run db:restore -- FILE [--force]';

export function parseBackupArgs(argv: string[]): BackupCommand {
  const [action, ...rest] = argv;
  if (action !== 'backup' && action !== 'restore') throw new BackupRefused(USAGE);
  const force = rest.includes('--force');
  const files = rest.filter((arg) => arg !== '--force');
  if (files.some((arg) => arg.startsWith('-')) || files.length > 1) throw new BackupRefused(USAGE);
  const file = files[0] ?? null;
  if (action === 'restore' && !file) {
    throw new BackupRefused(
      'npm run db:restore needs the backup to load: npm run db:restore -- FILE',
    );
  }
  return { action, file, force };
}

/** What the tools answer when NEO4J_URI points at a server they cannot take offline. */
export const NOT_LOCAL_MESSAGE =
  "NEO4J_URI is set: db:backup and db:restore work on the local Neo4j only; back up that server with its own neo4j-admin (or Aura's snapshots), see README > Backups.";

/** `backups/interweave-2026-12-01T09-55-07Z.dump` under the repository. */
export function defaultBackupFile(now: Date, suffix = ''): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
  return join(resolve(repoGraphDir(), '..'), 'backups', `interweave-${stamp}${suffix}.dump`);
}

/** True when the store already holds the user database (so a load would replace it). */
export function storeHoldsDatabase(dataDir: string): boolean {
  const dir = join(resolve(dataDir), 'databases', LOCAL_DATABASE);
  return existsSync(dir) && readdirSync(dir).length > 0;
}

async function refuseWhileRunning(store: LocalStore, what: string): Promise<void> {
  if (await speaksBolt(store.boltPort)) {
    throw new BackupRefused(
      `Neo4j is running on bolt://127.0.0.1:${store.boltPort}: stop Interweave (npm start or npm run neo4j) first, then run ${what} again (it needs the store offline).`,
    );
  }
}

function describeSize(file: string): string {
  const bytes = statSync(file).size;
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * Dumps the local store's database to `file` (written beside it as `.partial` and renamed
 * when complete, so a failed dump never leaves a file that looks like a backup).
 */
export async function backupLocal(
  store: LocalStore,
  file: string,
  options: { force: boolean },
): Promise<string> {
  await refuseWhileRunning(store, 'npm run db:backup');
  if (!storeHoldsDatabase(store.dataDir)) {
    throw new BackupRefused(
      `There is no local database to back up in ${resolve(store.dataDir)} (start Interweave once to create it).`,
    );
  }
  if (existsSync(file) && !options.force) {
    throw new BackupRefused(`${file} already exists: choose another file, or add --force.`);
  }
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await dumpDatabase(store, partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return describeSize(file);
}

export interface RestoreOutcome {
  /** Where the database that was replaced was saved first; null when there was none. */
  savedFirst: string | null;
}

/**
 * Loads `file` into the local store. A store that already holds a database is replaced only
 * with `force`, and then its current database is dumped to `saveTo` first, so a restore can
 * always be undone with another restore.
 */
export async function restoreLocal(
  store: LocalStore,
  file: string,
  options: { force: boolean; saveTo: string },
): Promise<RestoreOutcome> {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new BackupRefused(`${file} is not a file: give the path of a backup to restore.`);
  }
  await refuseWhileRunning(store, 'npm run db:restore');
  await inspectDump(store, file);
  let savedFirst: string | null = null;
  if (storeHoldsDatabase(store.dataDir)) {
    if (!options.force) {
      throw new BackupRefused(
        `The local store ${resolve(store.dataDir)} already holds a database: add --force to replace it (the current one is saved first under backups/).`,
      );
    }
    await backupLocal(store, options.saveTo, { force: false });
    savedFirst = options.saveTo;
  }
  mkdirSync(resolve(store.dataDir), { recursive: true });
  await loadDatabase(store, file);
  return { savedFirst };
}
