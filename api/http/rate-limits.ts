import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
// Declares req.auth on express's Request.
import '../auth/request-auth';
import { HttpConfig } from '../config/app-config';

const WINDOW_MS = 60_000;

/**
 * Root fields that get the stricter per-address limit. GraphQL names cannot be escaped or
 * split, so an operation that selects one contains its name as a word (an alias does not
 * hide it); a false positive (the word in a comment or string) only means the stricter limit.
 */
export const SIGN_IN_FIELDS = ['signIn'];
const SIGN_IN = new RegExp(`\\b(${SIGN_IN_FIELDS.join('|')})\\b`);

/** True when the (already parsed) GraphQL request body asks for a sign-in field. */
export function asksToSignIn(body: unknown): boolean {
  const requests: unknown[] = Array.isArray(body) ? body : [body];
  return requests.some((r) => {
    const query = (r as { query?: unknown } | null)?.query;
    return typeof query === 'string' && SIGN_IN.test(query);
  });
}

function address(req: Request): string {
  // IPv6 clients are grouped per /56, as one household or office usually holds one.
  return ipKeyGenerator(req.ip ?? 'unknown');
}

function rateLimited(message: string) {
  return (_req: Request, res: Response): void => {
    // Retry-After is already set by express-rate-limit.
    res.status(429).json({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] });
  };
}

/**
 * Limits on /graphql, per minute: a signed-in caller (req.auth, set by the auth middleware,
 * which must run first) is counted per user, anyone else per client address; operations
 * that sign in are also counted per address against a much smaller limit. Counters live in
 * this process: behind a load balancer each instance counts its own share.
 */
export function graphqlRateLimits(http: HttpConfig): RequestHandler[] {
  const common = { windowMs: WINDOW_MS, standardHeaders: 'draft-7', legacyHeaders: false } as const;
  const perCaller = rateLimit({
    ...common,
    limit: (req: Request) => (req.auth ? http.rateLimitPerUser : http.rateLimitPerAddress),
    keyGenerator: (req: Request) =>
      req.auth ? `user:${req.auth.userId}` : `address:${address(req)}`,
    handler: rateLimited('Too many requests; wait a minute and try again.'),
  });
  const signIn = rateLimit({
    ...common,
    limit: http.signInRateLimitPerAddress,
    skip: (req: Request) => req.method !== 'POST' || !asksToSignIn(req.body),
    keyGenerator: address,
    requestPropertyName: 'signInRateLimit',
    handler: rateLimited(
      'Too many sign-in attempts from this address; wait a minute and try again.',
    ),
  });
  return [perCaller, signIn];
}

/**
 * The same per-caller limit on the file routes under /api (imports, exports, templates),
 * counted apart from /graphql: a loader exporting every wave does not use up the UI's
 * allowance. Answers like the REST errors there: `{ code, message }`.
 */
export function fileRateLimits(http: HttpConfig): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    limit: (req: Request) => (req.auth ? http.rateLimitPerUser : http.rateLimitPerAddress),
    keyGenerator: (req: Request) =>
      req.auth ? `user:${req.auth.userId}` : `address:${address(req)}`,
    handler: (_req: Request, res: Response): void => {
      res.status(429).json({
        code: 'RATE_LIMITED',
        message: 'Too many requests; wait a minute and try again.',
      });
    },
  });
}
