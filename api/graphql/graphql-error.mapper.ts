import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { currentRequestId } from '../common/request-context';
import { mapNeo4jError } from '../neo4j/neo4j.errors';

const logger = new Logger('Errors');

/** Errors logged already: one thrown for several fields (or twice) is still logged once. */
const logged = new WeakSet<object>();
/** GraphQL errors made by toGraphQLError, so formatError knows they need no more logging. */
const mapped = new WeakSet<GraphQLError>();

/**
 * Logs an unexpected error with its stack and the request id the client receives, once per
 * error object.
 */
export function logInternalError(error: unknown, requestId = currentRequestId()): void {
  if (typeof error === 'object' && error !== null) {
    if (logged.has(error)) return;
    logged.add(error);
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  logger.error(`Internal error in request ${requestId ?? '(none)'}: ${detail}`);
}

/** True when the error was made by toGraphQLError (a known error, or an internal one logged). */
export function isMappedError(error: unknown): boolean {
  return error instanceof GraphQLError && mapped.has(error);
}

export const GENERIC_MESSAGE = 'Something went wrong on our side; the error has been logged.';

/** HTTP status per domain code, for the REST edge (/health and friends). */
export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  [DomainErrorCode.BadInput]: 400,
  [DomainErrorCode.NotFound]: 404,
  [DomainErrorCode.Conflict]: 409,
  [DomainErrorCode.Forbidden]: 403,
  [DomainErrorCode.Unauthenticated]: 401,
  [DomainErrorCode.RateLimited]: 429,
  [DomainErrorCode.DatabaseUnavailable]: 503,
};

/**
 * The one place where any thrown value becomes what a client sees. Known errors keep
 * their code and message (and the offending fields); everything else is logged with
 * its stack here and replaced by a generic message, so no stack trace or Cypher leaks.
 */
export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const fromNeo4j = mapNeo4jError(error);
  if (fromNeo4j) return fromNeo4j;
  if (error instanceof HttpException && error.getStatus() === 400) {
    return DomainError.badInput([{ field: 'input', message: error.message }]);
  }
  return null;
}

export function toGraphQLError(error: unknown): GraphQLError {
  const known = toDomainError(error);
  let result: GraphQLError;
  if (known) {
    result = new GraphQLError(known.message, {
      extensions: {
        code: known.code,
        ...(known.fields.length > 0 ? { fields: known.fields } : {}),
      },
    });
  } else {
    logInternalError(error);
    result = new GraphQLError(GENERIC_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  mapped.add(result);
  return result;
}
