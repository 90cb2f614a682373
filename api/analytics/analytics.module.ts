import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AnalyticsCache } from './analysis/analytics-cache';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { AnalysisService } from './analysis/analysis.service';
import { DataVersionInterceptor } from './analysis/data-version.interceptor';
import { SeriesResolver } from './analysis/series.resolver';
import { ComparisonService } from './comparison/comparison.service';
import { AnalyticsContextRepository } from './context/analytics-context.repository';
import { DiffService } from './diff/diff.service';
import { EvolutionService } from './evolution/evolution.service';
import { MissingService } from './missing/missing.service';
import { SnapshotRepository } from './snapshot/snapshot.repository';
import { WorkerPool } from './worker/worker-pool';

@Module({
  providers: [
    SnapshotRepository,
    WorkerPool,
    AnalyticsCache,
    AnalysisService,
    AnalysisResolver,
    AnalyticsContextRepository,
    EvolutionService,
    DiffService,
    MissingService,
    ComparisonService,
    SeriesResolver,
    { provide: APP_INTERCEPTOR, useClass: DataVersionInterceptor },
  ],
  exports: [AnalysisService, SnapshotRepository, AnalyticsContextRepository],
})
export class AnalyticsModule {}
