import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costError, operationCost } from './query-limits';

/**
 * Refuses an operation whose cost exceeds `maxCost`. It runs once the operation and its
 * variables are known (a validation rule sees neither), and still before execution.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const listener: GraphQLRequestListener<object> = {
    didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return Promise.resolve();
      const cost = operationCost(schema, document, operation, request.variables);
      return cost !== null && cost > maxCost
        ? Promise.reject(costError(cost, maxCost))
        : Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

/**
 * graphql-armor's suggestion blocker is an Envelop plugin; this runs its end-of-validation
 * step inside Apollo, which masks "Did you mean ..." in every validation error. Its hook
 * reads nothing from the Envelop payload, so none is built.
 */
export function blockSuggestionsPlugin(): ApolloServerPlugin {
  const armor = blockFieldSuggestionsPlugin({ mask: '' });
  const listener: GraphQLRequestListener<object> = {
    validationDidStart() {
      const end = armor.onValidate?.(undefined as never);
      return Promise.resolve((errors?: readonly Error[]) => {
        if (typeof end === 'function' && errors?.length) {
          end({
            valid: false,
            result: errors,
            setResult: () => undefined,
            context: {},
            extendContext: () => undefined,
          });
        }
        return Promise.resolve();
      });
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

/** What formatError removes in production from every message armor's pattern misses. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '').trim();
}
