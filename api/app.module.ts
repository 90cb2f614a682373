import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthConfig, Neo4jConnectionConfig } from './config/app-config';
import { ApiTokenModule } from './api-token/api-token.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { UserModule } from './user/user.module';
import { AllExceptionsFilter } from './graphql/all-exceptions.filter';
import { graphqlOptions, GraphqlServerConfig } from './graphql/graphql.options';
import { createValidationPipe } from './graphql/validation.pipe';
import { AnalyticsModule } from './analytics/analytics.module';
import { CouncilModule } from './council/council.module';
import { HealthModule } from './health/health.module';
import { MomentModule } from './moment/moment.module';
import { Neo4jModule } from './neo4j/neo4j.module';
import { VocabularyModule } from './vocabulary/vocabulary.module';
import { WaveModule } from './wave/wave.module';
import { InterventionModule } from './intervention/intervention.module';
import { LearningNoteModule } from './learning-note/learning-note.module';
import { MapLayoutModule } from './map-layout/map-layout.module';
import { BlueprintModule } from './blueprint/blueprint.module';
import { TieModule } from './tie/tie.module';
import { OrganisationModule } from './organisation/organisation.module';
import { TeamModule } from './team/team.module';
import { PersonModule } from './person/person.module';
import { MembershipModule } from './membership/membership.module';
import { ExportModule } from './export/export.module';
import { ImportModule } from './import/import.module';

/** Feature modules register here; the Neo4j connection is decided before Nest boots. */
export const FEATURE_MODULES = [
  HealthModule,
  AuditModule,
  UserModule,
  ApiTokenModule,
  VocabularyModule,
  CouncilModule,
  MomentModule,
  // feature modules: one line each
  WaveModule,
  InterventionModule,
  LearningNoteModule,
  MapLayoutModule,
  BlueprintModule,
  TieModule,
  OrganisationModule,
  TeamModule,
  PersonModule,
  MembershipModule,
  AnalyticsModule,
  ExportModule,
  ImportModule,
];

@Module({})
export class AppModule {
  static forRoot(
    connection: Neo4jConnectionConfig,
    auth: AuthConfig,
    graphql?: GraphqlServerConfig,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        Neo4jModule.forRoot(connection),
        AuthModule.forRoot(auth),
        GraphQLModule.forRoot(graphqlOptions(graphql)),
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
