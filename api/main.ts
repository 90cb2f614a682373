import 'reflect-metadata';
import 'dotenv/config';
import { INestApplication, Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { LocalNeo4jError } from '../graph/local-neo4j';
import { MigrationError } from '../graph/migrator';
import { seedIfEmpty } from '../seed/demo-seed';
import { applyMigrations, resolveDatabase } from './bootstrap/database';
import { createApp } from './bootstrap/create-app';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { Lifecycle } from './bootstrap/lifecycle';
import { Neo4jService } from './neo4j/neo4j.service';
import { createDemoUsers, ensureFirstAdmin } from './bootstrap/accounts';
import { UserRepository } from './user/user.repository';

/** In-flight requests get this long to finish at shutdown; then their connections are closed. */
const DRAIN_MS = 5000;

/**
 * `npm start`: configuration → Neo4j (local or NEO4J_URI) → migrations → demo data if
 * empty → GraphQL + UI on one port. Ctrl-C / SIGINT / SIGTERM at any point (also to the
 * npm process, which `exec`s node) close the app, then stop the local Neo4j cleanly so its
 * store is never left half-written.
 */
async function main(): Promise<void> {
  const logger = new Logger('Interweave');
  const log = (line: string) => logger.log(line);
  const config = loadConfig(process.env);
  const lifecycle = new Lifecycle(log);
  lifecycle.handleSignals((code) => process.exit(code), {
    watchParent: process.env.npm_lifecycle_event !== undefined,
  });
  const started = start(config, lifecycle, log);
  lifecycle.track(started);
  try {
    await started;
  } catch (error) {
    // Stopping on a signal makes the start-up steps fail; that is not a failed start.
    if (lifecycle.stopping) return;
    await lifecycle.shutdown('Start-up failed');
    throw error;
  }
}

async function start(config: AppConfig, lifecycle: Lifecycle, log: (line: string) => void) {
  const database = await resolveDatabase(config, log, lifecycle.signal);
  const local = database.local;
  if (local?.owned) lifecycle.add('the local Neo4j', () => local.stop());
  if (lifecycle.stopping) return;
  const app = await createApp(database.connection, {
    logLevel: config.logLevel,
    nodeEnv: config.nodeEnv,
    http: config.http,
    graphqlLimits: config.graphqlLimits,
    auth: config.auth,
  });
  lifecycle.add('the API', () => closeApp(app));
  if (lifecycle.stopping) return;

  const neo4j = app.get(Neo4jService);
  await applyMigrations(neo4j, log);
  const users = app.get(UserRepository);
  await ensureFirstAdmin(users, config.auth, log);
  if (config.seedOnStart && (await seedIfEmpty(neo4j, log))) {
    await createDemoUsers(users, config.auth, log);
  }
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  log(
    `Interweave is running at http://${shown}:${config.port}/ (GraphQL at /graphql, ${config.nodeEnv} mode)`,
  );
  log(
    `Sign in there with your account. First-start and demo passwords, when generated, are in ${config.auth.credentialsFile} (readable only by you); an administrator can also create a reset link.`,
  );
}

/** Stops accepting, lets requests in flight finish for DRAIN_MS, then closes what is left. */
async function closeApp(app: INestApplication): Promise<void> {
  const server = app.getHttpServer() as Server;
  const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  try {
    await app.close();
  } finally {
    clearTimeout(force);
  }
}

main().catch((error: unknown) => {
  // Expected failures print one clear line; anything else keeps its stack for the operator.
  if (
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof MigrationError
  ) {
    console.error(`Interweave could not start: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      'Interweave could not start: the port is already in use; stop what holds it or set PORT to another port.',
    );
  } else {
    console.error('Interweave could not start:', error);
  }
  process.exit(1);
});
