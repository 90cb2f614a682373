import { ConfigError, loadConfig } from '../../../api/config/app-config';

describe('loadConfig', () => {
  it('uses documented defaults and the local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.neo4j).toBeNull();
    expect(config.localNeo4j).toEqual({
      boltPort: 7687,
      httpPort: 7474,
      dataDir: 'graph/.neo4j/data',
      startTimeoutMs: 120_000,
    });
    expect(config.seedOnStart).toBe(true);
  });

  it('loads invented demo councils by default only on the local Neo4j, never with NEO4J_URI', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }).seedOnStart).toBe(false);
    expect(
      loadConfig({ NEO4J_URI: 'neo4j://db.example:7687', SEED_ON_START: 'true' }).seedOnStart,
    ).toBe(true);
    expect(loadConfig({ SEED_ON_START: 'false' }).seedOnStart).toBe(false);
  });

  it('reads the first administrator and the sign-in settings, refusing half or weak ones', () => {
    const config = loadConfig({
      INTERWEAVE_ADMIN_EMAIL: 'Lead@Council.example',
      INTERWEAVE_ADMIN_PASSWORD: 'a long enough password',
      PUBLIC_URL: 'https://interweave.council.example/',
    });
    expect(config.auth).toMatchObject({
      adminEmail: 'lead@council.example',
      adminPassword: 'a long enough password',
      publicUrl: 'https://interweave.council.example',
      sessionIdleMinutes: 60,
      sessionMaxHours: 12,
      signInLockAfter: 10,
      signInAddressLockAfter: 50,
      credentialsFile: '.interweave/credentials.txt',
      oidc: null,
    });
    expect(() => loadConfig({ INTERWEAVE_ADMIN_EMAIL: 'lead@council.example' })).toThrow(
      /INTERWEAVE_ADMIN_PASSWORD/,
    );
    expect(() =>
      loadConfig({
        INTERWEAVE_ADMIN_EMAIL: 'lead@council.example',
        INTERWEAVE_ADMIN_PASSWORD: 'short',
      }),
    ).toThrow(/at least 12/);
    expect(() => loadConfig({ OIDC_ISSUER_URL: 'https://login.example/v2.0' })).toThrow(
      /OIDC_CLIENT_ID/,
    );
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });

  it('is production-safe when NODE_ENV is unset, with the documented limits', () => {
    const config = loadConfig({});
    expect(config.nodeEnv).toBe('production');
    expect(config.http).toEqual({
      maxBodyBytes: 1_048_576,
      trustProxyHops: 0,
      rateLimitPerUser: 600,
      rateLimitPerAddress: 1200,
      signInRateLimitPerAddress: 20,
    });
    expect(config.graphqlLimits).toEqual({
      maxAliases: 30,
      maxRootFields: 30,
      maxDepth: 8,
      maxCost: 500,
      maxTokens: 5000,
    });
    expect(loadConfig({ NODE_ENV: 'development' }).nodeEnv).toBe('development');
    expect(loadConfig({ NODE_ENV: 'test', MAX_BODY_BYTES: '2048' }).http.maxBodyBytes).toBe(2048);
  });

  it('accepts routing and encrypted URIs for clusters and Aura', () => {
    for (const uri of [
      'neo4j://db:7687',
      'neo4j+s://x.databases.neo4j.io',
      'bolt://localhost:7687',
    ]) {
      const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' });
      expect(config.neo4j).toEqual({ uri, user: 'neo4j', password: 'secret', database: 'neo4j' });
    }
  });

  it('shares the Neo4j pool: 100 connections, at most 4 units of work per request by default', () => {
    expect(loadConfig({}).neo4jPool).toEqual({ maxConnectionPoolSize: 100, sessionsPerRequest: 4 });
    expect(
      loadConfig({ NEO4J_MAX_CONNECTION_POOL_SIZE: '20', NEO4J_SESSIONS_PER_REQUEST: '2' })
        .neo4jPool,
    ).toEqual({ maxConnectionPoolSize: 20, sessionsPerRequest: 2 });
  });

  it.each([
    ['NEO4J_SESSIONS_PER_REQUEST', { NEO4J_SESSIONS_PER_REQUEST: '0' }, /is outside 1\.\.100/],
    ['NEO4J_MAX_CONNECTION_POOL_SIZE', { NEO4J_MAX_CONNECTION_POOL_SIZE: 'many' }, /whole number/],
    ['PORT', { PORT: 'abc' }, /PORT: "abc" is not a whole number/],
    ['PORT', { PORT: '70000' }, /PORT: 70000 is outside/],
    [
      'NEO4J_URI',
      { NEO4J_URI: 'http://localhost:7474' },
      /NEO4J_URI: "http:\/\/localhost:7474" is not a Neo4j URI/,
    ],
    ['NEO4J_DATABASE', { NEO4J_URI: 'bolt://x:1', NEO4J_DATABASE: 'a b' }, /NEO4J_DATABASE/],
    ['NEO4J_PASSWORD', { NEO4J_PASSWORD: 'x' }, /NEO4J_PASSWORD: is set but NEO4J_URI is not/],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, /LOG_LEVEL: "loud" is not one of/],
    ['SEED_ON_START', { SEED_ON_START: 'maybe' }, /SEED_ON_START/],
    [
      'NODE_ENV',
      { NODE_ENV: 'prod' },
      /NODE_ENV: "prod" is not one of production, development, test/,
    ],
    ['MAX_BODY_BYTES', { MAX_BODY_BYTES: '1mb' }, /MAX_BODY_BYTES: "1mb" is not a whole number/],
    [
      'RATE_LIMIT_PER_MINUTE',
      { RATE_LIMIT_PER_MINUTE: '0' },
      /RATE_LIMIT_PER_MINUTE: 0 is outside/,
    ],
    ['GRAPHQL_MAX_DEPTH', { GRAPHQL_MAX_DEPTH: '1' }, /GRAPHQL_MAX_DEPTH: 1 is outside/],
    [
      'LOCAL_NEO4J_HTTP_PORT',
      { LOCAL_NEO4J_BOLT_PORT: '7000', LOCAL_NEO4J_HTTP_PORT: '7000' },
      /must differ/,
    ],
  ])('rejects a bad %s with a message naming the key', (key, env, message) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).key).toBe(key);
    expect((thrown as ConfigError).message).toMatch(message);
  });
});
