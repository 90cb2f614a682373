import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLFormattedError } from 'graphql';
import { GENERIC_MESSAGE } from './graphql-error.mapper';

/**
 * Code-first GraphQL. The schema is generated in memory at boot; `npm run schema:generate`
 * writes the same schema to api/schema.gql, which is committed and checked by a test.
 */
export function graphqlOptions(): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // The bundled landing pages load scripts from a CDN; POST queries from any client instead.
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Resolvers and the access guard read the caller from the express request.
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted: GraphQLFormattedError): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      // Errors Apollo raised itself outside our filter (rare) may carry internals.
      if (code === 'INTERNAL_SERVER_ERROR' && formatted.message !== GENERIC_MESSAGE) {
        return { message: GENERIC_MESSAGE, path: formatted.path, extensions: { code } };
      }
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    },
  };
}
