import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../support/oidc';
import { sessionCookie } from '../../support/test-app';
import { scratchDir } from '../../support/scratch-dir';

// Its own Neo4j (ports and store), started and stopped by the app itself as `npm start` does.
const BOLT = 7695;
const HTTP = 7486;
const MAIN = join(__dirname, '..', '..', '..', 'dist', 'api', 'main.js');

/**
 * A newcomer's first start, for real: `node dist/api/main.js` (what `npm start` runs after
 * building) on an empty store creates the system administrator with a generated password,
 * prints it once with the sign-in address, writes it to a file only its owner can read, loads
 * the demo councils with one demo user per role, and the printed password signs in.
 */
const dir = scratchDir('iw-first-start-');

describe('first start', () => {
  const credentials = join(dir, 'secret', 'credentials.txt');
  let app: ChildProcess | null = null;
  let output = '';

  afterAll(async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app?.once('exit', resolve));
      app.kill('SIGTERM');
      await exited;
    }
  });

  it('creates the first administrator, says how to sign in, and the demo users can sign in', async () => {
    expect(existsSync(MAIN)).toBe(true); // npm test builds first
    const port = await freePort();
    app = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOCAL_NEO4J_BOLT_PORT: String(BOLT),
        LOCAL_NEO4J_HTTP_PORT: String(HTTP),
        LOCAL_NEO4J_DATA_DIR: join(dir, 'data'),
        CREDENTIALS_FILE: credentials,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Interweave is running')) resolve();
      };
      app?.stdout?.on('data', onData);
      app?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      app?.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const printed =
      /Sign in at (\S+) as (\S+) with password (\S+) \(also saved to (.+), readable only by you\)/.exec(
        output,
      );
    expect(printed).not.toBeNull();
    const [, url, email, password, file] = printed as RegExpExecArray;
    expect(url).toBe(`http://localhost:${port}/`);
    expect(email).toBe('admin@interweave.local');
    expect(file).toBe(credentials);
    expect(output.split(password).length - 1).toBe(1); // printed once, nowhere else
    expect(output).toMatch(/production mode/);

    const stored = readFileSync(credentials, 'utf8');
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'secret')).mode & 0o777).toBe(0o700);
    expect(stored).toContain(`system admin: ${email} ${password}`);
    const demo = [...stored.matchAll(/demo (\w+) on tamebridge: (\S+) (\S+)/g)];
    expect(demo.map((m) => m[1]).sort()).toEqual([
      'COUNCIL_ADMIN',
      'EDITOR',
      'RESEARCHER',
      'VIEWER',
    ]);

    const base = `http://127.0.0.1:${port}`;
    const gql = async (query: string, variables: Record<string, unknown> = {}, cookie = '') => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      return { headers: res.headers, body: (await res.json()) as { data?: any; errors?: any[] } };
    };
    const signIn = async (e: string, p: string) => {
      const res = await gql(
        `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
        { e, p },
      );
      return sessionCookie(res.headers) ?? '';
    };
    const admin = await signIn(email, password);
    expect(admin).not.toBe('');
    const seen = await gql(`{ me { systemAdmin } councils { total } }`, {}, admin);
    expect(seen.body.data).toEqual({ me: { systemAdmin: true }, councils: { total: 4 } });
    const viewerLine = demo.find((m) => m[1] === 'VIEWER') as RegExpMatchArray;
    const viewer = await signIn(viewerLine[2], viewerLine[3]);
    const visible = await gql(`{ councils { items { id namesVisible } } }`, {}, viewer);
    expect(visible.body.data.councils.items).toEqual([{ id: 'tamebridge', namesVisible: true }]);
    // Production mode: no introspection for anyone.
    const intro = await gql(`{ __schema { queryType { name } } }`, {}, admin);
    expect(intro.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
  }, 300_000);
});
