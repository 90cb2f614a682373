import 'dotenv/config';
import { loadConfig } from '../api/config/app-config';
import { startLocalNeo4j } from './local-neo4j';

/** `npm run neo4j`: runs only the local Neo4j in the foreground until Ctrl-C. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const handle = await startLocalNeo4j({ ...config.localNeo4j, log: console.log });
  if (!handle.owned) return;
  console.log('Press Ctrl-C to stop Neo4j.');
  const stop = () => {
    console.log('Stopping Neo4j...');
    void handle.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
