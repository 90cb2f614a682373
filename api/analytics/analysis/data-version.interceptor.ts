import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, Observable, switchMap } from 'rxjs';
import { SnapshotRepository } from '../snapshot/snapshot.repository';
import { AnalyticsCache } from './analytics-cache';

/**
 * Every successful GraphQL mutation that names a council bumps that council's data version
 * (stored on the Council node, so every API instance sees it) and drops its cached analyses.
 * This is the single place writes invalidate analytics, whatever feature made them.
 */
@Injectable()
export class DataVersionInterceptor implements NestInterceptor {
  constructor(
    private readonly snapshots: SnapshotRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<{ operation: { operation: string } }>().operation.operation !== 'mutation')
      return next.handle();
    const councilId = gql.getArgs<{ councilId?: unknown }>().councilId;
    if (typeof councilId !== 'string') return next.handle();
    return next.handle().pipe(
      switchMap((result: unknown) =>
        from(
          this.snapshots.bumpDataVersion(councilId).then(() => {
            this.cache.invalidate(councilId);
            return result;
          }),
        ),
      ),
    );
  }
}
