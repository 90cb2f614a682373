import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';

/**
 * The express request and response behind a GraphQL resolver call, or behind an HTTP route
 * (the REST endpoints for files: imports and exports).
 */
export function gqlHttp(context: ExecutionContext): { req: Request; res: Response } {
  if (context.getType<string>() === 'http') {
    const http = context.switchToHttp();
    return { req: http.getRequest<Request>(), res: http.getResponse<Response>() };
  }
  return GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
}

/** The client address as express sees it (honours TRUST_PROXY). */
export function clientAddress(req: Request): string | null {
  return req.ip ?? req.socket?.remoteAddress ?? null;
}
