import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLFormattedError } from 'graphql';
import { GraphqlLimitsConfig, loadConfig, NodeEnv } from '../config/app-config';
import { GENERIC_MESSAGE } from './graphql-error.mapper';
import { QUERY_LIMIT_CODES, QueryLimitCode, queryLimitRules } from './query-limits';
import { blockSuggestionsPlugin, queryCostPlugin, withoutSuggestions } from './query-limits.plugin';

export interface GraphqlServerConfig {
  nodeEnv: NodeEnv;
  limits: GraphqlLimitsConfig;
}

/** The production-safe defaults, for callers that only need the schema. */
export function defaultGraphqlServerConfig(): GraphqlServerConfig {
  const config = loadConfig({});
  return { nodeEnv: config.nodeEnv, limits: config.graphqlLimits };
}

// graphql-js 16 words it "more that N tokens"; later versions may fix the typo.
const TOKEN_LIMIT = /Document contains more th(?:at|an) \d+ tokens/;

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
 * Code-first GraphQL. The schema is generated in memory at boot; `npm run schema:generate`
 * writes the same schema to api/schema.gql, which is committed and checked by a test.
 * In production introspection and "Did you mean" hints are off; in every mode the
 * operation limits (query-limits.ts) refuse oversized operations before any resolver.
 */
export function graphqlOptions(
  config: GraphqlServerConfig = defaultGraphqlServerConfig(),
): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // The bundled landing pages load scripts from a CDN; POST queries from any client instead.
    playground: false,
    nodeEnv: config.nodeEnv,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // Resolvers and the access guard read the caller from the express request.
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: queryLimitRules(config.limits),
    plugins: [
      queryCostPlugin(config.limits.maxCost),
      ...(production ? [blockSuggestionsPlugin()] : []),
    ],
    formatError: (original: GraphQLFormattedError): GraphQLFormattedError => {
      let formatted = original;
      const refused = limitRefusal(formatted, config);
      if (refused) return refused;
      // A variable's whole value is echoed in graphql-js's message; never send megabytes back.
      if (formatted.message.length > MAX_MESSAGE) {
        formatted = { ...formatted, message: shortened(formatted.message) };
      }
      // graphql-js stops coercing variables after 50 errors and says so without a code.
      if (formatted.message.startsWith('Too many errors processing variables')) {
        return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
      }
      const code = formatted.extensions?.code;
      // Errors Apollo raised itself outside our filter (rare) may carry internals.
      if (code === 'INTERNAL_SERVER_ERROR' && formatted.message !== GENERIC_MESSAGE) {
        return { message: GENERIC_MESSAGE, path: formatted.path, extensions: { code } };
      }
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      // Variable coercion ("Did you mean the enum value ...") happens after validation.
      const message = production ? withoutSuggestions(formatted.message) : formatted.message;
      return { ...formatted, message, extensions };
    },
  };
}

const MAX_MESSAGE = 500;

/** The start and the end of a long message (where graphql-js names the field at fault). */
export function shortened(message: string): string {
  return `${message.slice(0, 200)} … (${message.length - 400} characters left out) … ${message.slice(-200)}`;
}
