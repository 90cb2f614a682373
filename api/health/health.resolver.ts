import { Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../auth/access';
import { HealthService } from './health.service';
import { Health } from './models/health.model';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Allow(Access.Public)
  @Query(() => Health, {
    description:
      'Reports whether Neo4j is reachable and its version. Fails with DATABASE_UNAVAILABLE while it is down.',
  })
  health(): Promise<Health> {
    return this.healthService.check();
  }
}
