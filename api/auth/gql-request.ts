import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';

/** The express request and response behind a GraphQL resolver call. */
export function gqlHttp(context: ExecutionContext): { req: Request; res: Response } {
  return GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
}

/** The client address as express sees it (honours TRUST_PROXY). */
export function clientAddress(req: Request): string | null {
  return req.ip ?? req.socket?.remoteAddress ?? null;
}
