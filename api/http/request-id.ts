import type { NextFunction, Request, Response } from 'express';
import { requestIdFrom, runInRequest } from '../common/request-context';

declare module 'express-serve-static-core' {
  interface Request {
    /** This request's id: logged with its errors, and sent back as `x-request-id`. */
    requestId?: string;
  }
}

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * First middleware of all: gives the request its id (the client's X-Request-Id when it is a
 * sane token, else a new UUID) and sends it back on every response, errors included.
 */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.requestId = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
}

/**
 * Runs the rest of the request inside its RequestContext (api/common/request-context.ts).
 * It must come after the body parsers: they call `next` from the socket's stream events,
 * which carry the connection's async context, not the request's.
 */
export function enterRequestContext(req: Request, _res: Response, next: NextFunction): void {
  const requestId = req.requestId ?? requestIdFrom(undefined);
  runInRequest({ requestId }, () => next());
}
