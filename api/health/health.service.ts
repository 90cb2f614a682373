import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Health } from './models/health.model';

/**
 * How long the check waits for Neo4j (milliseconds), so a server that hangs is reported
 * down within 2 s. A server that was killed refuses at once; a server just (re)started
 * may take over a second for its first query on a busy machine, hence not less.
 */
export const HEALTH_TIMEOUT_MS = 1800;

@Injectable()
export class HealthService {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Asks Neo4j for its version, once and with its own deadline; throws DATABASE_UNAVAILABLE
   * when it cannot be reached or does not answer in time.
   */
  async check(): Promise<Health> {
    const started = performance.now();
    const server = await this.neo4j.ping(HEALTH_TIMEOUT_MS);
    return {
      status: 'ok',
      neo4j: { reachable: true, ...server, latencyMs: round(performance.now() - started) },
      checkedAt: new Date().toISOString(),
    };
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
