import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AnalyticsCache } from './analysis/analytics-cache';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { AnalysisService } from './analysis/analysis.service';
import { DataVersionInterceptor } from './analysis/data-version.interceptor';
import { SnapshotRepository } from './snapshot/snapshot.repository';
import { WorkerPool } from './worker/worker-pool';

@Module({
  providers: [
    SnapshotRepository,
    WorkerPool,
    AnalyticsCache,
    AnalysisService,
    AnalysisResolver,
    { provide: APP_INTERCEPTOR, useClass: DataVersionInterceptor },
  ],
  exports: [AnalysisService, SnapshotRepository],
})
export class AnalyticsModule {}
