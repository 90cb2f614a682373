import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';

/**
 * Runs the real Neo4j Community server from its Maven Central jars, without Docker.
 * The jars are resolved once by Maven into graph/.neo4j/lib; the server runs as a
 * child `java` process on loopback with its data under an ignored folder.
 */

export const NEO4J_VERSION = '5.26.30';

/** What Neo4j 5 needs from Java 17+; neo4j-admin (neo4j-admin.ts) runs with the same. */
export const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface LocalNeo4jOptions {
  boltPort: number;
  httpPort: number;
  /** Folder holding the store; survives restarts. */
  dataDir: string;
  startTimeoutMs: number;
  /** Where graph/ lives (pom.xml, .neo4j/). */
  graphDir?: string;
  log?: (line: string) => void;
  /** Aborting it while the server starts stops the server again and rejects. */
  signal?: AbortSignal;
}

export interface LocalNeo4jHandle {
  uri: string;
  version: string;
  /** True when this process started the server (and so must stop it). */
  owned: boolean;
  /** The server's java process when this process started it (tests kill it to fake a crash). */
  pid: number | null;
  stop(): Promise<void>;
}

/** A failure the user can fix; the message is one line and names the fix. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

/** The repo's graph/ folder, whether running from sources (graph/) or compiled (dist/graph/). */
export function repoGraphDir(): string {
  const fromSource = resolve(__dirname);
  return existsSync(join(fromSource, 'pom.xml'))
    ? fromSource
    : resolve(__dirname, '..', '..', 'graph');
}

function graphDirOf(opts: LocalNeo4jOptions): string {
  return opts.graphDir ?? repoGraphDir();
}

export function findJava(): string {
  const home = process.env.JAVA_HOME;
  const candidate = home ? join(home, 'bin', 'java') : 'java';
  const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8', env: process.env });
  if (probe.error || probe.status !== 0) {
    throw new LocalNeo4jError(
      'Java 17 or newer is needed to run the local Neo4j: install it (e.g. `apt-get install -y openjdk-17-jre-headless`) or set NEO4J_URI to an existing Neo4j server.',
    );
  }
  const match = /version "(\d+)/.exec(probe.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(
      `Java ${major} found, but Neo4j ${NEO4J_VERSION} needs Java 17 or newer: install it and set JAVA_HOME, or set NEO4J_URI to an existing Neo4j server.`,
    );
  }
  return candidate;
}

/** Resolves the server jars with Maven the first time; later starts reuse them. */
export function ensureJars(graphDir: string, log: (line: string) => void): string {
  const libDir = join(graphDir, '.neo4j', 'lib');
  const marker = join(libDir, `neo4j-${NEO4J_VERSION}.jar`);
  if (existsSync(marker) && existsSync(join(libDir, `neo4j-bolt-${NEO4J_VERSION}.jar`))) {
    return libDir;
  }
  const mvnProbe = spawnSync('mvn', ['-v'], { encoding: 'utf8', env: process.env });
  if (mvnProbe.error || mvnProbe.status !== 0) {
    throw new LocalNeo4jError(
      'Maven is needed once to download the Neo4j jars: install it (e.g. `apt-get install -y maven`) or set NEO4J_URI to an existing Neo4j server.',
    );
  }
  log(`Resolving Neo4j ${NEO4J_VERSION} jars from Maven Central (first run only)...`);
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      join(graphDir, 'pom.xml'),
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
      `-DoutputDirectory=${libDir}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0 || !existsSync(marker)) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-5).join(' | ');
    throw new LocalNeo4jError(
      `Maven could not download the Neo4j jars (${tail}): check access to Maven Central, or set NEO4J_URI.`,
    );
  }
  return libDir;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      done(false);
    });
  });
}

/**
 * Speaks the first bytes of Bolt (magic 0x6060B017 and four version proposals). A Bolt
 * server answers with the 4-byte version it accepts; anything else is not Neo4j.
 */
export function speaksBolt(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = Buffer.alloc(0);
    const finish = (answer: boolean) => {
      socket.destroy();
      done(answer);
    };
    socket.setTimeout(3000, () => finish(false));
    socket.on('error', () => finish(false));
    socket.once('close', () => finish(false));
    socket.once('connect', () => {
      const handshake = Buffer.alloc(20);
      handshake.writeUInt32BE(0x6060b017, 0);
      handshake.writeUInt32BE(0x00080805, 4); // 5.8 back to 5.0
      handshake.writeUInt32BE(0x00000404, 8); // 4.4
      handshake.writeUInt32BE(0x00000004, 12); // 4.0
      handshake.writeUInt32BE(0x00000003, 16); // 3.0
      socket.write(handshake);
    });
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length >= 4) finish(reply.length === 4 && reply.readUInt32BE(0) !== 0);
    });
  });
}

/** Asks a Bolt server for its Neo4j version; null when it does not answer. */
export async function probeNeo4j(uri: string): Promise<string | null> {
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2000,
    connectionAcquisitionTimeout: 3000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    const info = await driver.getServerInfo();
    return (info.agent ?? 'Neo4j').replace(/^Neo4j\//, '');
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}

/** Writes neo4j.conf for the server (and for neo4j-admin, see neo4j-admin.ts). */
export function writeConfig(
  home: string,
  opts: Pick<LocalNeo4jOptions, 'boltPort' | 'httpPort' | 'dataDir'>,
): string {
  const confDir = join(home, 'conf');
  mkdirSync(confDir, { recursive: true });
  const dataDir = resolve(opts.dataDir);
  const lines = [
    '# Written by graph/local-neo4j.ts on every start; edit the options there, not here.',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    `server.http.listen_address=127.0.0.1:${opts.httpPort}`,
    'server.http.enabled=true',
    'server.https.enabled=false',
    `server.directories.data=${dataDir}`,
    `server.directories.logs=${join(dataDir, '..', 'logs', String(opts.boltPort))}`,
    // Loopback only and a local development store: no authentication.
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
    'server.memory.pagecache.size=512m',
    'server.memory.heap.initial_size=512m',
    'server.memory.heap.max_size=2g',
    // Neo4j would preallocate 256 MB of transaction log per database (0.5 GB before the first
    // write) and keep two days of logs. Community has no incremental backup to need them
    // (backups here are dumps), and every test with a private server makes a store.
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=512M size',
    // Shorter than the default so Ctrl-C does not wait long on idle transactions.
    'db.shutdown_transaction_end_timeout=3s',
    // Bolt's network threads wait 5 s of quiet each (twice: two listeners) before they end,
    // after the databases are closed and checkpointed; 1 s keeps a stop well under 15 s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=1',
  ];
  writeFileSync(join(confDir, 'neo4j.conf'), `${lines.join('\n')}\n`);
  return confDir;
}

/** The server's home folder (conf/ and run files), one per Bolt port. */
export function localNeo4jHome(graphDir: string, boltPort: number): string {
  return join(graphDir, '.neo4j', `home-${boltPort}`);
}

function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Starts the local Neo4j, or reuses one that already answers Bolt on the port.
 * Resolves once Bolt answers queries.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;

  if (await portIsOpen(opts.boltPort)) {
    const version = (await speaksBolt(opts.boltPort)) ? await probeNeo4j(uri) : null;
    if (!version) {
      throw new LocalNeo4jError(
        `Port ${opts.boltPort} is held by a program that is not Neo4j: stop it, or choose another port with LOCAL_NEO4J_BOLT_PORT.`,
      );
    }
    log(`Reusing the Neo4j ${version} already running at ${uri}.`);
    return { uri, version, owned: false, pid: null, stop: () => Promise.resolve() };
  }
  if (await portIsOpen(opts.httpPort)) {
    throw new LocalNeo4jError(
      `Port ${opts.httpPort} (Neo4j HTTP) is already in use: stop what holds it, or choose another with LOCAL_NEO4J_HTTP_PORT.`,
    );
  }

  const java = findJava();
  const graphDir = graphDirOf(opts);
  const libDir = ensureJars(graphDir, log);
  const home = localNeo4jHome(graphDir, opts.boltPort);
  const confDir = writeConfig(home, opts);
  mkdirSync(resolve(opts.dataDir), { recursive: true });

  const args = [
    '-XX:+UseG1GC',
    ...NEO4J_JVM_FLAGS,
    '-cp',
    `${libDir}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    `--config-dir=${confDir}`,
    '--console-mode',
  ];
  if (opts.signal?.aborted) {
    throw new LocalNeo4jError('The start of Neo4j was interrupted before it began.');
  }
  log(`Starting Neo4j ${NEO4J_VERSION} (data in ${resolve(opts.dataDir)})...`);
  const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = () => stopChild(child, exited);

  const deadline = Date.now() + opts.startTimeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (opts.signal?.aborted) {
      await stop();
      throw new LocalNeo4jError('The start of Neo4j was interrupted; it has been stopped again.');
    }
    if (exitCode !== undefined) {
      throw new LocalNeo4jError(
        `Neo4j exited (code ${exitCode}) before Bolt answered; last log lines:\n${tail(output)}`,
      );
    }
    const version = (await portIsOpen(opts.boltPort)) ? await probeNeo4j(uri) : null;
    if (version) {
      log(`Neo4j ${version} is up at ${uri}.`);
      return { uri, version, owned: true, pid: child.pid ?? null, stop };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new LocalNeo4jError(
    `Neo4j did not answer on ${uri} within ${opts.startTimeoutMs} ms (raise LOCAL_NEO4J_START_TIMEOUT_MS); last log lines:\n${tail(output)}`,
  );
}

/** SIGTERM lets Neo4j checkpoint and close its store; SIGKILL only if it hangs. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
}
