import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../support/oidc';
import { scratchDir } from '../../support/scratch-dir';

// Its own Neo4j ports and store, started and stopped by the app as a user's `npm start` does.
const BOLT = 7736;
const HTTP = 7737;
const ROOT = resolve(__dirname, '..', '..', '..');
const STOP_WITHIN_MS = 15_000;

interface Proc {
  pid: number;
  pgid: number;
  cmdline: string;
}

/** Every process on the machine, from /proc (pid, process group, command line). */
function processes(): Proc[] {
  const found: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command: state, ppid, pgrp, ...
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      found.push({ pid: Number(entry), pgid, cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

const neo4jProcesses = () =>
  processes().filter((p) => p.cmdline.includes('java') && p.cmdline.includes(`home-${BOLT} `));

async function listening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/health`).then(
    () => true,
    () => false,
  );
}

async function until(check: () => Promise<boolean> | boolean, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${withinMs} ms`);
}

/**
 * `npm start` as a user runs it, in a process group of its own, so the signal goes to the
 * npm process alone (not to its group, as a terminal's Ctrl-C would): the API and the
 * Neo4j it started must both be gone, cleanly, within 15 s.
 */
// Each run's store and credentials file, all removed after the file's tests.
const runs = scratchDir('iw-npm-start-');

describe('npm start stops on a signal to the npm process', () => {
  let npm: ChildProcess | null = null;

  afterEach(() => {
    // Only if the test failed half-way: end what this test started, by its group id.
    const leftovers = npm?.pid ? processes().filter((p) => p.pgid === npm?.pid) : [];
    if (leftovers.length > 0 && npm?.pid) process.kill(-npm.pid, 'SIGKILL');
    npm = null;
  });

  /** Runs `npm start` until `ready` shows in its output; resolves with what is needed to stop it. */
  async function startNpm(ready: string) {
    expect(neo4jProcesses()).toEqual([]);
    const dir = mkdtempSync(join(runs, 'run-'));
    const port = await freePort();
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      detached: true,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOCAL_NEO4J_BOLT_PORT: String(BOLT),
        LOCAL_NEO4J_HTTP_PORT: String(HTTP),
        LOCAL_NEO4J_DATA_DIR: join(dir, 'data'),
        CREDENTIALS_FILE: join(dir, 'credentials.txt'),
        SEED_ON_START: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    npm = child;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    // One object, so output that arrives later is still seen by the caller.
    const run = { child, dir, port, exited, output: '' };
    await new Promise<void>((resolveReady, fail) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        run.output += chunk.toString();
        if (run.output.includes(ready)) resolveReady();
      });
      child.stderr?.on('data', (chunk: Buffer) => (run.output += chunk.toString()));
      void exited.then((code) => fail(new Error(`npm start exited ${code}:\n${run.output}`)));
    });
    return run;
  }

  /** Signals npm alone and waits until npm, the API and Neo4j are all gone; returns the time. */
  async function stopNpm(run: Awaited<ReturnType<typeof startNpm>>, signal: NodeJS.Signals) {
    const pid = run.child.pid as number;
    const sent = Date.now();
    process.kill(pid, signal);
    const code = await run.exited;
    const left = () => STOP_WITHIN_MS - (Date.now() - sent);
    await until(async () => !(await listening(run.port)), left());
    await until(() => neo4jProcesses().length === 0, left());
    await until(() => processes().every((p) => p.pgid !== pid), left());
    return { code, ms: Date.now() - sent };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s to npm stops the API and its Neo4j within 15 s',
    async (signal) => {
      const run = await startNpm('Interweave is running');
      expect(await listening(run.port)).toBe(true);
      const java = neo4jProcesses();
      expect(java).toHaveLength(1);
      // The app runs as npm's own child (the script execs node), in npm's group.
      expect(java[0].pgid).toBe(run.child.pid);

      const { code, ms } = await stopNpm(run, signal);
      process.stderr.write(`[npm start ${signal}] npm, API and Neo4j gone after ${ms} ms\n`);
      expect(ms).toBeLessThan(STOP_WITHIN_MS);
      expect(code).toBe(0);
      expect(run.output).toContain(`${signal} received, shutting down`);
      // Neo4j logs "Stopped." only after it has closed its store cleanly.
      const neo4jLog = join(run.dir, 'logs', String(BOLT), 'neo4j.log');
      expect(existsSync(neo4jLog)).toBe(true);
      expect(readFileSync(neo4jLog, 'utf8')).toMatch(/Stopped\./);
    },
    300_000,
  );

  it('SIGTERM while Neo4j is still starting stops it as well', async () => {
    const run = await startNpm('Starting Neo4j');
    await until(() => neo4jProcesses().length === 1, 10_000);
    const { code, ms } = await stopNpm(run, 'SIGTERM');
    process.stderr.write(`[npm start SIGTERM during start-up] all gone after ${ms} ms\n`);
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
    expect(code).toBe(0);
    expect(run.output).not.toContain('Interweave is running');
    expect(run.output).not.toContain('could not start');
  }, 300_000);
});
