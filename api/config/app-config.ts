/**
 * The one typed configuration, read once at boot from the environment (and `.env`).
 * A bad value stops the app with a message naming the key; see `.env.example`.
 */
export interface Neo4jConnectionConfig extends Partial<Neo4jPoolConfig> {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** How the API shares its connections to Neo4j. */
export interface Neo4jPoolConfig {
  /** Connections the driver may open (NEO4J_MAX_CONNECTION_POOL_SIZE). */
  maxConnectionPoolSize: number;
  /** Units of work one HTTP request may run at once; the rest of its work queues. */
  sessionsPerRequest: number;
}

export interface LocalNeo4jConfig {
  boltPort: number;
  httpPort: number;
  dataDir: string;
  startTimeoutMs: number;
}

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in button says, e.g. "Sign in with Microsoft". */
  label: string;
}

export interface AuthConfig {
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** ... and after this many hours whatever happens. */
  sessionMaxHours: number;
  /** Failed sign-ins for one email before it is locked. */
  signInLockAfter: number;
  /** Failed sign-ins from one client address before it is locked (offices share addresses). */
  signInAddressLockAfter: number;
  signInLockMinutes: number;
  resetLinkHours: number;
  /** The first system administrator, created at start when no user exists. */
  adminEmail: string | null;
  adminPassword: string | null;
  /** Where generated first-start passwords are written (mode 0600). */
  credentialsFile: string;
  /** The address users reach the app at: reset links and the OpenID Connect redirect. */
  publicUrl: string;
  oidc: OidcConfig | null;
}

export const NODE_ENVS = ['production', 'development', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** HTTP edge: body size, proxies in front, requests per minute on /graphql. */
export interface HttpConfig {
  /** Largest request body accepted; bigger ones get 413 PAYLOAD_TOO_LARGE. */
  maxBodyBytes: number;
  /** Proxy hops in front of the app whose X-Forwarded-* headers are trusted (0: none). */
  trustProxyHops: number;
  /** GraphQL requests per minute per signed-in user. */
  rateLimitPerUser: number;
  /** GraphQL requests per minute per client address when not signed in. */
  rateLimitPerAddress: number;
  /** Requests per minute per address whose operation contains signIn. */
  signInRateLimitPerAddress: number;
}

/** Limits on one GraphQL operation, each checked before any resolver runs. */
export interface GraphqlLimitsConfig {
  maxAliases: number;
  maxRootFields: number;
  maxDepth: number;
  maxCost: number;
  /** Lexical tokens per document: stops huge documents before validation does any work. */
  maxTokens: number;
}

export interface AppConfig {
  port: number;
  host: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /**
   * production (the default when unset): no introspection, no "Did you mean" hints.
   * development and test keep both; test is what jest sets.
   */
  nodeEnv: NodeEnv;
  http: HttpConfig;
  graphqlLimits: GraphqlLimitsConfig;
  /** Set when NEO4J_URI is given: use that server and never start a local one. */
  neo4j: Neo4jConnectionConfig | null;
  neo4jPool: Neo4jPoolConfig;
  localNeo4j: LocalNeo4jConfig;
  /** Load demo data at start when the database holds no council. */
  seedOnStart: boolean;
  auth: AuthConfig;
}

export class ConfigError extends Error {
  constructor(
    readonly key: string,
    problem: string,
  ) {
    super(`Invalid configuration ${key}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, key: string, fallback: string): string {
  const value = env[key];
  if (value === undefined || value === '') return fallback;
  if (value.trim() !== value) throw new ConfigError(key, 'must not start or end with spaces');
  return value;
}

function integer(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(key, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(key, `${value} is outside ${min}..${max}`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, key: string, fallback: T, allowed: readonly T[]): T {
  const raw = text(env, key, fallback);
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(key, `"${raw}" is not one of ${allowed.join(', ')}`);
  }
  return raw as T;
}

function bool(env: Env, key: string, fallback: boolean): boolean {
  const raw = text(env, key, fallback ? 'true' : 'false').toLowerCase();
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(key, `"${raw}" is not true or false`);
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function neo4jConnection(env: Env): Neo4jConnectionConfig | null {
  const uri = env.NEO4J_URI;
  if (uri === undefined || uri === '') {
    for (const key of ['NEO4J_USER', 'NEO4J_PASSWORD']) {
      if (env[key]) throw new ConfigError(key, 'is set but NEO4J_URI is not; set both or neither');
    }
    return null;
  }
  const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(uri)?.[1];
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      'NEO4J_URI',
      `"${uri}" is not a Neo4j URI (expected ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')})`,
    );
  }
  const database = text(env, 'NEO4J_DATABASE', 'neo4j');
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `"${database}" is not a valid database name`);
  }
  return {
    uri,
    user: text(env, 'NEO4J_USER', 'neo4j'),
    password: env.NEO4J_PASSWORD ?? '',
    database,
  };
}

function optional(env: Env, key: string): string | null {
  const value = text(env, key, '');
  return value === '' ? null : value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function authConfig(env: Env, port: number): AuthConfig {
  const adminEmail = optional(env, 'INTERWEAVE_ADMIN_EMAIL');
  const adminPassword = env.INTERWEAVE_ADMIN_PASSWORD ? env.INTERWEAVE_ADMIN_PASSWORD : null;
  if (adminEmail && !EMAIL.test(adminEmail)) {
    throw new ConfigError('INTERWEAVE_ADMIN_EMAIL', `"${adminEmail}" is not an email address`);
  }
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError(
      adminEmail ? 'INTERWEAVE_ADMIN_PASSWORD' : 'INTERWEAVE_ADMIN_EMAIL',
      'set both INTERWEAVE_ADMIN_EMAIL and INTERWEAVE_ADMIN_PASSWORD, or neither',
    );
  }
  if (adminPassword !== null && adminPassword.length < 12) {
    throw new ConfigError('INTERWEAVE_ADMIN_PASSWORD', 'must be at least 12 characters');
  }
  const publicUrl = text(env, 'PUBLIC_URL', `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(publicUrl)) {
    throw new ConfigError('PUBLIC_URL', `"${publicUrl}" is not an http(s) URL`);
  }
  const issuerUrl = optional(env, 'OIDC_ISSUER_URL');
  let oidc: OidcConfig | null = null;
  if (issuerUrl) {
    const clientId = optional(env, 'OIDC_CLIENT_ID');
    const clientSecret = env.OIDC_CLIENT_SECRET || null;
    if (!clientId) throw new ConfigError('OIDC_CLIENT_ID', 'is required with OIDC_ISSUER_URL');
    if (!clientSecret) {
      throw new ConfigError('OIDC_CLIENT_SECRET', 'is required with OIDC_ISSUER_URL');
    }
    oidc = {
      issuerUrl,
      clientId,
      clientSecret,
      label: text(env, 'OIDC_LABEL', 'Sign in with your organisation'),
    };
  }
  return {
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 60, 1, 7 * 24 * 60),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 90),
    signInLockAfter: integer(env, 'SIGNIN_LOCK_AFTER', 10, 3, 1000),
    signInAddressLockAfter: integer(env, 'SIGNIN_ADDRESS_LOCK_AFTER', 50, 3, 1_000_000),
    signInLockMinutes: integer(env, 'SIGNIN_LOCK_MINUTES', 15, 1, 24 * 60),
    resetLinkHours: integer(env, 'RESET_LINK_HOURS', 24, 1, 24 * 30),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    credentialsFile: text(env, 'CREDENTIALS_FILE', '.interweave/credentials.txt'),
    publicUrl,
    oidc,
  };
}

const PER_MINUTE_MAX = 1_000_000;

function httpConfig(env: Env): HttpConfig {
  return {
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1024, 256 * 1_048_576),
    trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    rateLimitPerUser: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1, PER_MINUTE_MAX),
    rateLimitPerAddress: integer(env, 'RATE_LIMIT_PER_ADDRESS_PER_MINUTE', 1200, 1, PER_MINUTE_MAX),
    signInRateLimitPerAddress: integer(env, 'SIGNIN_RATE_LIMIT_PER_MINUTE', 20, 1, PER_MINUTE_MAX),
  };
}

function graphqlLimits(env: Env): GraphqlLimitsConfig {
  return {
    maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 30, 1, 1000),
    maxRootFields: integer(env, 'GRAPHQL_MAX_ROOT_FIELDS', 30, 1, 1000),
    maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 8, 2, 100),
    maxCost: integer(env, 'GRAPHQL_MAX_COST', 500, 10, 1_000_000),
    maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 5000, 100, 1_000_000),
  };
}

export function loadConfig(env: Env): AppConfig {
  const local: LocalNeo4jConfig = {
    boltPort: integer(env, 'LOCAL_NEO4J_BOLT_PORT', 7687, 1, 65535),
    httpPort: integer(env, 'LOCAL_NEO4J_HTTP_PORT', 7474, 1, 65535),
    dataDir: text(env, 'LOCAL_NEO4J_DATA_DIR', 'graph/.neo4j/data'),
    startTimeoutMs: integer(env, 'LOCAL_NEO4J_START_TIMEOUT_MS', 120_000, 1000, 3_600_000),
  };
  if (local.boltPort === local.httpPort) {
    throw new ConfigError('LOCAL_NEO4J_HTTP_PORT', 'must differ from LOCAL_NEO4J_BOLT_PORT');
  }
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const neo4j = neo4jConnection(env);
  return {
    port,
    host: text(env, 'HOST', '0.0.0.0'),
    logLevel: oneOf(env, 'LOG_LEVEL', 'log', ['error', 'warn', 'log', 'debug'] as const),
    nodeEnv: oneOf(env, 'NODE_ENV', 'production', NODE_ENVS),
    http: httpConfig(env),
    graphqlLimits: graphqlLimits(env),
    neo4j,
    neo4jPool: {
      maxConnectionPoolSize: integer(env, 'NEO4J_MAX_CONNECTION_POOL_SIZE', 100, 2, 10_000),
      sessionsPerRequest: integer(env, 'NEO4J_SESSIONS_PER_REQUEST', 4, 1, 100),
    },
    localNeo4j: local,
    // Invented demo councils belong on the bundled local Neo4j only, never by default in
    // a real deployment (NEO4J_URI set).
    seedOnStart: bool(env, 'SEED_ON_START', neo4j === null),
    auth: authConfig(env, port),
  };
}
