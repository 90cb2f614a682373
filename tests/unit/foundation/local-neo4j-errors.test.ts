import { mkdtempSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureJars, findJava, LocalNeo4jError, startLocalNeo4j } from '../../../graph/local-neo4j';

describe('local Neo4j launcher: clear one-line errors', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('says how to fix a missing Java', () => {
    process.env.JAVA_HOME = '/nonexistent-java-home';
    expect(() => findJava()).toThrow(LocalNeo4jError);
    expect(() => findJava()).toThrow(/Java 17 or newer is needed.*install it.*or set NEO4J_URI/);
  });

  it('says how to fix a missing Maven when the jars are not there yet', () => {
    process.env.PATH = '/nonexistent-bin';
    const emptyGraphDir = mkdtempSync(join(tmpdir(), 'iw-graph-'));
    expect(() => ensureJars(emptyGraphDir, () => undefined)).toThrow(
      /Maven is needed once.*apt-get install -y maven/,
    );
  });

  it('refuses a Bolt port held by something that is not Neo4j', async () => {
    // Answers like a web server would; the launcher must recognise it is not Bolt.
    const sockets: Socket[] = [];
    const server: Server = createServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(
        startLocalNeo4j({
          boltPort: port,
          httpPort: port + 1,
          dataDir: tmpdir(),
          startTimeoutMs: 5000,
          log: () => undefined,
        }),
      ).rejects.toThrow(
        new RegExp(
          `Port ${port} is held by a program that is not Neo4j: stop it, or choose another port`,
        ),
      );
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((done) => server.close(done));
    }
  });
});
