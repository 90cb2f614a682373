import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { auditActor, AuditActor } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { RequestScope } from '../common/request-scope';
import { clientAddress, gqlHttp } from './gql-request';
import { Principal } from './principal';

/** Everything a resolver may pass on about who is calling. */
export interface Caller {
  /** Undefined only on Public fields called without a session. */
  principal: Principal | undefined;
  /** As the audit records it. */
  who: AuditActor;
  /** The scope the access guard granted for a council the request named. */
  scope(councilId: string): RequestScope;
}

export function callerOf(context: ExecutionContext): Caller {
  const { req } = gqlHttp(context);
  return {
    principal: req.principal,
    who: auditActor(req.principal, clientAddress(req)),
    scope(councilId: string): RequestScope {
      const scope = req.councilScopes?.get(councilId);
      // Only reachable if a resolver asks for a council its @Allow rule did not name.
      if (!scope) throw DomainError.forbidden('You hold no role in this council.');
      return scope;
    },
  };
}

/** The caller: principal, audit identity and granted scopes. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  callerOf(context),
);

/**
 * The RequestScope of the council named by `args.councilId` (or, on an HTTP route, the
 * `:councilId` path parameter), as the access guard granted it.
 */
export const Scope = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const councilId =
    context.getType<string>() === 'http'
      ? gqlHttp(context).req.params.councilId
      : GqlExecutionContext.create(context).getArgs<{ councilId: string }>().councilId;
  return callerOf(context).scope(String(councilId));
});
