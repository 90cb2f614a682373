import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { logInternalError } from '../graphql/graphql-error.mapper';
import { mapNeo4jError } from '../neo4j/neo4j.errors';
import { HealthService } from './health.service';

/** GET /health for load balancers and orchestrators: 200 when Neo4j answers, else 503. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async get(@Res() res: Response): Promise<void> {
    try {
      res.status(HttpStatus.OK).json(await this.health.check());
    } catch (error) {
      const known = mapNeo4jError(error);
      if (!known) logInternalError(error);
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'unavailable',
        neo4j: { reachable: false },
        message: known?.message ?? 'The graph database did not answer the health check.',
        checkedAt: new Date().toISOString(),
      });
    }
  }
}
