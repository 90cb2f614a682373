import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Observable, tap } from 'rxjs';
import { AnalyticsCache } from './analytics-cache';

/**
 * The council's data version moves inside each write's own transaction (see
 * Neo4jService.writeInCouncil), so cached analyses keyed on an older version are never
 * served again. This only frees this instance's memory early: after a mutation that names
 * a council, its cached entries are dropped.
 */
@Injectable()
export class DataVersionInterceptor implements NestInterceptor {
  constructor(private readonly cache: AnalyticsCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<{ operation: { operation: string } }>().operation.operation !== 'mutation')
      return next.handle();
    const councilId = gql.getArgs<{ councilId?: unknown }>().councilId;
    if (typeof councilId !== 'string') return next.handle();
    return next.handle().pipe(tap(() => this.cache.invalidate(councilId)));
  }
}
