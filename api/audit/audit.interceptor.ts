import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { defer, finalize, from, Observable, of, switchMap } from 'rxjs';
import { ACCESS_RULE, AccessRule, Access } from '../auth/access';
import { namedCouncils } from '../auth/access.guard';
import { callerOf } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { currentRequest, currentRequestId, PendingAudit } from '../common/request-context';
import { AuditRecord, AuditService } from './audit.service';

type Args = Record<string, unknown>;
/** Batches over this size keep their ids but not a field-by-field before/after. */
const MAX_DETAILED = 50;

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

function actionOf(field: string, result: unknown): 'CREATE' | 'UPDATE' | 'DELETE' {
  if (/^(delete|remove)/.test(field)) return 'DELETE';
  if (/^(create|add)/.test(field) && result !== true) return 'CREATE';
  return 'UPDATE';
}

/**
 * Records every successful mutation with a generic audit spec: who, when, the operation,
 * the council, the records' ids and each changed field before and after (read before the
 * resolver runs and after it returns). Researchers' reads of person-level data and reads
 * through an API token (exports) are recorded too. Services with `audit: 'self'` record
 * their own, more specific events.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    const operation = gql.getInfo<{ fieldName: string; operation: { operation: string } }>();
    const args = gql.getArgs<Args>();
    if (!rule) return next.handle();
    if (operation.operation.operation === 'mutation') {
      return this.auditWrite(context, rule, operation.fieldName, args, next);
    }
    return next
      .handle()
      .pipe(
        switchMap((result: unknown) =>
          from(this.auditRead(context, rule, operation.fieldName, args).then(() => result)),
        ),
      );
  }

  private auditWrite(
    context: ExecutionContext,
    rule: AccessRule,
    field: string,
    args: Args,
    next: CallHandler,
  ): Observable<unknown> {
    const spec = rule.audit;
    if (!spec || spec === 'self') return next.handle();
    const who = callerOf(context).who;
    const councilId = typeof args.councilId === 'string' ? args.councilId : null;
    const target = spec.targetId ? spec.targetId(args) : args.id;
    const givenId = typeof target === 'string' ? [target] : [];
    const event = (ids: string[], result: unknown): AuditRecord => ({
      action: spec.action ?? actionOf(field, result),
      operation: field,
      // A new council is its own council.
      councilId: councilId ?? (spec.label === Label.Council ? idOf(result) : null),
      entityKind: spec.label,
      entityIds: ids,
      changes: [],
      reason: typeof args.reason === 'string' ? args.reason : null,
    });
    // Field by field only for small changes; the state after is read in the event's
    // transaction.
    const detail = (ids: string[], before: Map<string, Record<string, unknown>>) =>
      ids.length <= MAX_DETAILED ? { label: spec.label, councilId, ids, before } : undefined;

    const recordAfterCommit = async (
      before: Map<string, Record<string, unknown>>,
      result: unknown,
    ) => {
      const ids =
        spec.idsFrom?.(args, result) ??
        (givenId.length ? givenId : [idOf(result)].filter((x): x is string => x !== null));
      // A refused batch answers with per-item errors and writes nothing: no record.
      if (ids.length === 0) return result;
      try {
        await this.audit.record(who, event(ids, result), detail(ids, before));
      } catch (error) {
        // The mutation has committed: reporting it as failed would make the client retry a
        // write that happened. The lost audit event is logged loudly instead.
        this.logger.error(
          `Audit event lost for committed ${field} on ${spec.label} [${ids.join(', ')}] in request ${currentRequestId() ?? '(none)'}: ${String(error)}`,
        );
      }
      return result;
    };

    const request = currentRequest();
    return from(this.audit.snapshot(spec.label, councilId, givenId)).pipe(
      switchMap((before) => {
        // A write that names the records it changed records the event inside its own
        // transaction (Neo4jService.writeInCouncil): change and audit commit together. The
        // rest are recorded once the resolver returned, in a transaction of their own.
        // (Created or added records: the action cannot depend on a result not known yet.)
        const pending: PendingAudit = {
          recorded: false,
          record: (tx, ids, known, then) =>
            this.audit.recordIn(tx, who, event(ids, undefined), detail(ids, before), known, then),
        };
        return defer(() => {
          if (request) request.pendingAudit = pending;
          return next.handle();
        }).pipe(
          finalize(() => {
            if (request?.pendingAudit === pending) request.pendingAudit = undefined;
          }),
          switchMap((result: unknown) =>
            pending.recorded ? of(result) : from(recordAfterCommit(before, result)),
          ),
        );
      }),
    );
  }

  private async auditRead(context: ExecutionContext, rule: AccessRule, field: string, args: Args) {
    if (rule.access !== Access.CouncilRead) return;
    const caller = callerOf(context);
    const principal = caller.principal;
    if (!principal) return;
    for (const councilId of namedCouncils(rule, args)) {
      const scope = caller.scope(councilId);
      if (scope.researcher && rule.personData?.(args)) {
        await this.audit.record(caller.who, {
          action: 'PERSON_DATA_READ',
          operation: field,
          councilId,
        });
      } else if (principal.tokenId) {
        await this.audit.record(caller.who, {
          action: 'TOKEN_EXPORT',
          operation: field,
          councilId,
        });
      }
    }
  }
}
