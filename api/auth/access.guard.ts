import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error';
import { RequestScope } from '../common/request-scope';
import { Access, ACCESS_RULE, AccessRule } from './access';
import { gqlHttp } from './gql-request';
import { effectiveRole, Principal } from './principal';
import { CAN_ADMIN, CAN_WRITE, CouncilRole, MAY_SEE_NAMES } from './roles';

type Args = Record<string, unknown>;

/** The council ids a request names: `councilId` unless the rule says otherwise. */
export function namedCouncils(rule: AccessRule, args: Args): string[] {
  const ids = rule.councils ? rule.councils(args) : [args.councilId as string | undefined];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

function allows(access: Access, role: CouncilRole): boolean {
  switch (access) {
    case Access.CouncilRead:
      return true;
    case Access.CouncilWrite:
      return CAN_WRITE.has(role);
    case Access.CouncilAdmin:
      return CAN_ADMIN.has(role);
    case Access.Public:
    case Access.SignedIn:
    case Access.SystemAdmin:
      return false;
  }
}

/** The path parameters of an HTTP route, as the rule's arguments (`councilId`). */
function argsOfRoute(context: ExecutionContext): Args {
  return { ...context.switchToHttp().getRequest<Request>().params };
}

/**
 * The one enforcement point for every GraphQL root field (and every HTTP route with a rule): reads the @Allow rule declared on
 * the resolver and checks it against the caller's role in each council the request names.
 * It then leaves a RequestScope per council on the request for the resolver (@Scope()).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (context.getType<string>() === 'http') {
      // HTTP routes with an @Allow rule (file imports and exports) are checked like GraphQL
      // fields, the council from the path (`:councilId`); the rest (health, the OIDC
      // redirects) are open by design.
      return rule ? this.check(context, rule, argsOfRoute(context)) : true;
    }
    if (context.getType<string>() !== 'graphql') return true;
    const info = GqlExecutionContext.create(context).getInfo<{ fieldName: string }>();
    if (!rule) {
      this.logger.error(`No @Allow rule on ${info.fieldName}: refused`);
      throw DomainError.forbidden();
    }
    return this.check(context, rule, GqlExecutionContext.create(context).getArgs<Args>());
  }

  private check(context: ExecutionContext, rule: AccessRule, args: Args): boolean {
    if (rule.access === Access.Public) return true;
    const { req } = gqlHttp(context);
    const principal = req.principal;
    // A credential that could not be checked is not a missing one: say why (the database).
    if (!principal) throw req.authFailure ?? DomainError.unauthenticated(req.authProblem);
    if (rule.access === Access.SignedIn) return true;
    if (rule.access === Access.SystemAdmin) {
      if (!principal.systemAdmin)
        throw DomainError.forbidden('Only a system administrator may do this.');
      return true;
    }
    const councils = namedCouncils(rule, args);
    // Naming no council is a system-wide request: system administrators only.
    if (councils.length === 0) {
      if (rule.optionalCouncil) return true;
      if (!principal.systemAdmin) throw DomainError.forbidden('Name a council you hold a role in.');
      return true;
    }
    req.councilScopes = this.scopes(principal, rule.access, councils);
    return true;
  }

  private scopes(
    principal: Principal,
    access: Access,
    councils: string[],
  ): Map<string, RequestScope> {
    const roles = new Map<string, CouncilRole>();
    for (const councilId of councils) {
      const role = effectiveRole(principal, councilId);
      // No role there: the same answer whether or not the council exists.
      if (!role) throw DomainError.forbidden('You hold no role in this council.');
      if (!allows(access, role)) {
        throw DomainError.forbidden(`Your role in this council (${role}) does not allow this.`);
      }
      roles.set(councilId, role);
    }
    return new Map(
      councils.map((councilId) => {
        const role = roles.get(councilId) as CouncilRole;
        const scope: RequestScope = {
          councilId,
          actor: principal.userId,
          revealNames: principal.namesVisible.has(councilId) && MAY_SEE_NAMES.has(role),
          researcher: role === CouncilRole.RESEARCHER,
        };
        return [councilId, scope];
      }),
    );
  }
}
