import 'reflect-metadata';
import 'dotenv/config';
import { Logger } from '@nestjs/common';
import { LocalNeo4jError } from '../graph/local-neo4j';
import { MigrationError } from '../graph/migrator';
import { seedIfEmpty } from '../seed/demo-seed';
import { applyMigrations, resolveDatabase } from './bootstrap/database';
import { createApp } from './bootstrap/create-app';
import { ConfigError, loadConfig } from './config/app-config';
import { Neo4jService } from './neo4j/neo4j.service';
import { createDemoUsers, ensureFirstAdmin } from './bootstrap/accounts';
import { UserRepository } from './user/user.repository';

/**
 * `npm start`: configuration → Neo4j (local or NEO4J_URI) → migrations → demo data if
 * empty → GraphQL + UI on one port. Ctrl-C / SIGTERM close the app, then stop the local
 * Neo4j cleanly so its store is never left half-written.
 */
async function main(): Promise<void> {
  const logger = new Logger('Interweave');
  const log = (line: string) => logger.log(line);
  const config = loadConfig(process.env);
  const database = await resolveDatabase(config, log);

  let stopping = false;
  const app = await createApp(database.connection, {
    logLevel: config.logLevel,
    nodeEnv: config.nodeEnv,
    http: config.http,
    graphqlLimits: config.graphqlLimits,
    auth: config.auth,
  });
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down...`);
    await app.close();
    if (database.local?.owned) {
      log('Stopping the local Neo4j...');
      await database.local.stop();
    }
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown(signal));
  }

  try {
    const neo4j = app.get(Neo4jService);
    await applyMigrations(neo4j, log);
    const users = app.get(UserRepository);
    await ensureFirstAdmin(users, config.auth, log);
    if (config.seedOnStart && (await seedIfEmpty(neo4j, log))) {
      await createDemoUsers(users, config.auth, log);
    }
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close();
    await database.local?.stop();
    throw error;
  }
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  log(
    `Interweave is running at http://${shown}:${config.port}/ (GraphQL at /graphql, ${config.nodeEnv} mode)`,
  );
  log(
    `Sign in there with your account. First-start and demo passwords, when generated, are in ${config.auth.credentialsFile} (readable only by you); an administrator can also create a reset link.`,
  );
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
