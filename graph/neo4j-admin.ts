import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import {
  ensureJars,
  findJava,
  LocalNeo4jError,
  localNeo4jHome,
  NEO4J_JVM_FLAGS,
  repoGraphDir,
  writeConfig,
} from './local-neo4j';

/**
 * Community's offline `neo4j-admin` (org.neo4j.cli.AdminTool, shipped in the server jars) run
 * against the local Neo4j's store, with the same jars, home folder and neo4j.conf that
 * graph/local-neo4j.ts starts the server with. The store must be offline: Neo4j's store lock
 * makes the tool fail while a server has the database open.
 */

export interface LocalStore {
  boltPort: number;
  httpPort: number;
  dataDir: string;
  /** Where graph/ lives (pom.xml, .neo4j/). */
  graphDir?: string;
}

/** The one user database of Community edition, as the local server names it. */
export const LOCAL_DATABASE = 'neo4j';

interface AdminIo {
  /** A file to feed to the tool's standard input (`--from-stdin`). */
  stdinFile?: string;
  /** A file that receives the tool's standard output (`--to-stdout`). */
  stdoutFile?: string;
}

/** The line that explains a failed run: Neo4j's own "Failed to ..." message, made actionable. */
export function adminFailure(output: string, exitCode: number | null): string {
  if (/database is in use/i.test(output)) {
    return 'The local Neo4j store is in use by a running Neo4j: stop Interweave (npm start or npm run neo4j) first, then run this again.';
  }
  const lines = output.split('\n').map((line) => line.trim());
  const reason =
    lines.find((line) => /Failed to/.test(line))?.replace(/^.*?(Failed to)/, '$1') ??
    lines
      .filter((line) => line && !line.startsWith('Files:'))
      .slice(-3)
      .join(' | ');
  return `neo4j-admin failed (exit ${exitCode}): ${reason}`;
}

/** Runs `neo4j-admin <args>`; resolves with its output, rejects with one actionable line. */
export async function runNeo4jAdmin(
  store: LocalStore,
  args: string[],
  io: AdminIo = {},
): Promise<string> {
  const graphDir = store.graphDir ?? repoGraphDir();
  const java = findJava();
  const libDir = ensureJars(graphDir, (line) => console.log(line));
  const home = localNeo4jHome(graphDir, store.boltPort);
  const confDir = writeConfig(home, store);
  const stdin = io.stdinFile ? openSync(io.stdinFile, 'r') : 'ignore';
  const stdout = io.stdoutFile ? openSync(io.stdoutFile, 'w') : 'pipe';
  try {
    const child = spawn(
      java,
      [...NEO4J_JVM_FLAGS, '-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', ...args],
      {
        stdio: [stdin, stdout, 'pipe'],
        env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir },
      },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const code = await new Promise<number | null>((done, fail) => {
      child.once('error', fail);
      child.once('close', done);
    });
    if (code !== 0) throw new LocalNeo4jError(adminFailure(output, code));
    return output;
  } finally {
    if (typeof stdin === 'number') closeSync(stdin);
    if (typeof stdout === 'number') closeSync(stdout);
  }
}

/** Writes the offline store's database to `file` (a single-file Neo4j dump). */
export async function dumpDatabase(store: LocalStore, file: string): Promise<void> {
  await runNeo4jAdmin(store, ['database', 'dump', LOCAL_DATABASE, '--to-stdout'], {
    stdoutFile: file,
  });
}

/** Checks that `file` is a Neo4j dump, without loading it. */
export async function inspectDump(store: LocalStore, file: string): Promise<void> {
  await runNeo4jAdmin(store, ['database', 'load', LOCAL_DATABASE, '--from-stdin', '--info'], {
    stdinFile: file,
  });
}

/** Replaces the offline store's database with the dump in `file`. */
export async function loadDatabase(store: LocalStore, file: string): Promise<void> {
  await runNeo4jAdmin(
    store,
    ['database', 'load', LOCAL_DATABASE, '--from-stdin', '--overwrite-destination=true'],
    { stdinFile: file },
  );
}
