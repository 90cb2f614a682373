import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphqlLimitsConfig, loadConfig, NodeEnv } from '../config/app-config';
import { errorFormatter } from './format-error';
import { queryLimitRules } from './query-limits';
import { blockSuggestionsPlugin, queryCostPlugin } from './query-limits.plugin';

export interface GraphqlServerConfig {
  nodeEnv: NodeEnv;
  limits: GraphqlLimitsConfig;
}

/** The production-safe defaults, for callers that only need the schema. */
export function defaultGraphqlServerConfig(): GraphqlServerConfig {
  const config = loadConfig({});
  return { nodeEnv: config.nodeEnv, limits: config.graphqlLimits };
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
      // No response here carries cache hints (nothing reads them), and the plugin Apollo adds
      // by default wraps every resolved field to compute them.
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin(config.limits.maxCost),
      ...(production ? [blockSuggestionsPlugin()] : []),
    ],
    formatError: errorFormatter(config),
  };
}
