import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port that was free a moment ago (the provider and the app must know each other's). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface TestProvider {
  issuer: string;
  stop(): Promise<void>;
}

/** Starts tests/support/oidc-provider.mjs (a real node-oidc-provider) and waits until it listens. */
export async function startOidcProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Record<string, { email: string; email_verified: boolean }>;
}): Promise<TestProvider> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      OIDC_PORT: String(port),
      OIDC_CLIENT_ID: options.clientId,
      OIDC_CLIENT_SECRET: options.clientSecret,
      OIDC_REDIRECT_URI: options.redirectUri,
      OIDC_ACCOUNTS: JSON.stringify(options.accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('OIDC provider ready')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`OIDC provider exited (${code}): ${output}`)));
  });
  return {
    issuer: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A minimal browser: cookies per host, redirects followed by hand, forms posted. */
export class Browserish {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  async go(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    let current = url;
    let method = init.method ?? 'GET';
    let body: string | undefined = init.form
      ? new URLSearchParams(init.form).toString()
      : undefined;
    for (let hops = 0; hops < 20; hops += 1) {
      const target = new URL(current);
      const jar = this.jars.get(target.host) ?? new Map<string, string>();
      this.jars.set(target.host, jar);
      const res = await fetch(current, {
        method,
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body,
      });
      for (const set of res.headers.getSetCookie()) {
        const [pair, ...attrs] = set.split(';');
        const [name, ...rest] = pair.split('=');
        const value = rest.join('=');
        const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
        if (!value || expired) jar.delete(name.trim());
        else jar.set(name.trim(), value);
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).toString();
        method = 'GET';
        body = undefined;
        continue;
      }
      return { url: current, status: res.status, text: await res.text() };
    }
    throw new Error('too many redirects');
  }

  /** Submits the page's first form with the given fields (and its hidden ones). */
  async submit(page: { url: string; text: string }, fields: Record<string, string>) {
    const action = /<form[^>]*action="([^"]+)"/.exec(page.text)?.[1];
    if (!action) throw new Error(`no form on ${page.url}: ${page.text.slice(0, 300)}`);
    const hidden = Object.fromEntries(
      [...page.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    return this.go(new URL(action.replace(/&amp;/g, '&'), page.url).toString(), {
      method: 'POST',
      form: { ...hidden, ...fields },
    });
  }
}
