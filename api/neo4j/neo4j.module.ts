import { DynamicModule, Global, Module } from '@nestjs/common';
import { Neo4jConnectionConfig } from '../config/app-config';
import { Neo4jService } from './neo4j.service';

/** Provides the single Neo4jService (one driver per process) to every feature module. */
@Global()
@Module({})
export class Neo4jModule {
  static forRoot(connection: Neo4jConnectionConfig): DynamicModule {
    return {
      module: Neo4jModule,
      providers: [{ provide: Neo4jService, useFactory: () => new Neo4jService(connection) }],
      exports: [Neo4jService],
    };
  }
}
