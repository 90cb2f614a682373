import 'dotenv/config';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../api/config/app-config';
import {
  BackupRefused,
  backupLocal,
  defaultBackupFile,
  NOT_LOCAL_MESSAGE,
  parseBackupArgs,
  restoreLocal,
} from './backup';
import { LocalNeo4jError } from './local-neo4j';

/**
 * `npm run db:backup [-- FILE] [--force]` and `npm run db:restore -- FILE [--force]`.
 * No prompts (CI runs without input): every choice is an argument.
 */

async function main(): Promise<void> {
  const command = parseBackupArgs(process.argv.slice(2));
  const config = loadConfig(process.env);
  if (config.neo4j) throw new BackupRefused(NOT_LOCAL_MESSAGE);
  const store = config.localNeo4j;
  // npm runs scripts from the package root; a FILE is meant relative to where the user typed it.
  const here = process.env.INIT_CWD ?? process.cwd();
  if (command.action === 'backup') {
    const file = command.file ? resolve(here, command.file) : defaultBackupFile(new Date());
    const size = await backupLocal(store, file, { force: command.force });
    console.log(`Backed up the local Neo4j to ${file} (${size}). Neo4j stays stopped.`);
    return;
  }
  const file = resolve(here, command.file ?? '');
  const saveTo = defaultBackupFile(new Date(), '-before-restore');
  const outcome = await restoreLocal(store, file, { force: command.force, saveTo });
  if (outcome.savedFirst) console.log(`Saved the database it replaced to ${outcome.savedFirst}.`);
  console.log(`Restored ${file} into ${resolve(store.dataDir)}. Start Interweave with npm start.`);
}

main().catch((error: unknown) => {
  const known =
    error instanceof BackupRefused ||
    error instanceof LocalNeo4jError ||
    error instanceof ConfigError;
  console.error(known ? error.message : `Backup failed: ${String(error)}`);
  process.exit(1);
});
