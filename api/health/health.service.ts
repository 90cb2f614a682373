import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Health } from './models/health.model';

@Injectable()
export class HealthService {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Asks Neo4j for its version; throws DATABASE_UNAVAILABLE when it cannot be reached. */
  async check(): Promise<Health> {
    const started = performance.now();
    const server = await this.neo4j.serverVersion();
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
