import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { currentRequestId } from '../common/request-context';
import { GENERIC_MESSAGE, isMappedError, logInternalError } from './graphql-error.mapper';
import { QUERY_LIMIT_CODES, QueryLimitCode } from './query-limits';
import { withoutSuggestions } from './query-limits.plugin';
import type { GraphqlServerConfig } from './graphql.options';

const logger = new Logger('GraphQL');

// graphql-js 16 words it "more that N tokens"; later versions may fix the typo.
const TOKEN_LIMIT = /Document contains more th(?:at|an) \d+ tokens/;
/** Logged messages are cut here: a refused variable may quote a megabyte of input. */
const LOGGED_MESSAGE_CHARS = 300;
/** A variable's whole value is echoed in graphql-js's message; never send megabytes back. */
const MAX_MESSAGE = 500;

/** The start and the end of a long message (where graphql-js names the field at fault). */
export function shortened(message: string): string {
  if (message.length <= MAX_MESSAGE) return message;
  return `${message.slice(0, 200)} … (${message.length - 400} characters left out) … ${message.slice(-200)}`;
}

/**
 * Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED (and a parse error
 * as GRAPHQL_PARSE_FAILED); a refused limit keeps its own code so clients can tell why.
 */
function limitRefusal(
  formatted: GraphQLFormattedError,
  config: GraphqlServerConfig,
): GraphQLFormattedError | null {
  const { code, limitCode, validationErrorCode } = formatted.extensions ?? {};
  if (typeof limitCode === 'string' && QUERY_LIMIT_CODES.has(limitCode)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: limitCode },
    };
  }
  if (validationErrorCode === 'INTROSPECTION_DISABLED') {
    return {
      message:
        'Introspection is turned off on this server; the schema is published as api/schema.gql.',
      extensions: { code: 'INTROSPECTION_DISABLED' },
    };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
    return {
      message: `The document has more than ${config.limits.maxTokens} tokens; send a smaller operation and pass data as variables.`,
      extensions: { code: QueryLimitCode.TooLarge },
    };
  }
  return null;
}

/**
 * Apollo refuses some requests with an HTTP 4xx and no code at all ("provided sha does not
 * match query", "Unsupported persisted query version"), which would otherwise read as an
 * internal error. They are the client's mistake: BAD_REQUEST, with Apollo's message.
 */
function isCodelessRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path || error.extensions.code) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function shape(
  original: GraphQLFormattedError,
  error: unknown,
  config: GraphqlServerConfig,
): GraphQLFormattedError {
  const formatted = { ...original, message: shortened(original.message) };
  const refused = limitRefusal(formatted, config);
  if (refused) return refused;
  // graphql-js stops coercing variables after 50 errors and says so without a code.
  if (formatted.message.startsWith('Too many errors processing variables')) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (isCodelessRequestError(error)) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  const code = formatted.extensions?.code;
  // Errors Apollo or graphql-js raised themselves (a non-null field resolved to null) may
  // carry internals; the log has the real message.
  if (code === 'INTERNAL_SERVER_ERROR' && formatted.message !== GENERIC_MESSAGE) {
    return { message: GENERIC_MESSAGE, path: formatted.path, extensions: { code } };
  }
  const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
  // Variable coercion ("Did you mean the enum value ...") happens after validation.
  const message =
    config.nodeEnv === 'production' ? withoutSuggestions(formatted.message) : formatted.message;
  return { ...formatted, message, extensions };
}

/**
 * Every GraphQL error a client receives passes here, whoever raised it: it gets its final
 * code and message and the request's id (`extensions.requestId`, also the `x-request-id`
 * header). Errors our filter mapped were logged there if internal; anything else is logged
 * here once: internal errors with their stack, refusals by Apollo as one warning line.
 */
export function errorFormatter(
  config: GraphqlServerConfig,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const requestId = currentRequestId();
    const result = shape(formatted, error, config);
    const source = unwrapResolverError(error);
    if (!isMappedError(source)) {
      const code = result.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR') {
        logInternalError(source, requestId);
      } else {
        const message = formatted.message.slice(0, LOGGED_MESSAGE_CHARS);
        logger.warn(`Request ${requestId ?? '(none)'} refused (${String(code)}): ${message}`);
      }
    }
    return requestId ? { ...result, extensions: { ...result.extensions, requestId } } : result;
  };
}
