import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  ASTNode,
  DocumentNode,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GraphqlLimitsConfig } from '../config/app-config';

/**
 * Limits on one GraphQL operation. The document-shape limits are validation rules, the
 * cost is computed once the operation and its variables are known; both run before any
 * resolver, so a refused operation costs microseconds and touches no data.
 */
export enum QueryLimitCode {
  TooLarge = 'QUERY_TOO_LARGE',
  TooManyAliases = 'TOO_MANY_ALIASES',
  TooManyRootFields = 'TOO_MANY_ROOT_FIELDS',
  TooDeep = 'QUERY_TOO_DEEP',
  TooComplex = 'QUERY_TOO_COMPLEX',
}

export const QUERY_LIMIT_CODES: ReadonlySet<string> = new Set(Object.values(QueryLimitCode));

/** What an analytics root field costs: each one computes over a whole council network. */
export const ANALYTICS_FIELD_COST = 100;

export function limitError(
  code: QueryLimitCode,
  message: string,
  nodes?: readonly ASTNode[],
): GraphQLError {
  // `limitCode` survives Apollo wrapping validation errors as GRAPHQL_VALIDATION_FAILED;
  // formatError turns it back into the code (graphql.options.ts).
  return new GraphQLError(message, {
    nodes,
    extensions: { code, limitCode: code, http: { status: 400 } },
  });
}

/** Distinct response keys at the root of the operation, through fragments. */
function rootResponseKeys(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  keys: Set<string>,
  seenFragments: Set<string>,
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') {
        keys.add(selection.alias?.value ?? selection.name.value);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootResponseKeys(context, selection.selectionSet, keys, seenFragments);
    } else if (!seenFragments.has(selection.name.value)) {
      seenFragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) rootResponseKeys(context, fragment.selectionSet, keys, seenFragments);
    }
  }
  return keys;
}

/** At most `max` root fields (each one is a separate unit of work, aliased or not). */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const count = rootResponseKeys(context, operation.selectionSet, new Set(), new Set()).size;
      if (count > max) {
        context.reportError(
          limitError(
            QueryLimitCode.TooManyRootFields,
            `The operation has ${count} root fields; at most ${max} are allowed. Split it into several requests.`,
            [operation],
          ),
        );
      }
    },
  });
}

/** The validation rules for the document-shape limits (aliases, root fields, depth). */
export function queryLimitRules(limits: GraphqlLimitsConfig): ValidationRule[] {
  const reject = (code: QueryLimitCode, message: string) => (context: ValidationContext | null) =>
    context?.reportError(limitError(code, message));
  return [
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        reject(
          QueryLimitCode.TooManyAliases,
          `The operation uses more than ${limits.maxAliases} aliases. Split it into several requests.`,
        ),
      ],
    }),
    maxRootFieldsRule(limits.maxRootFields),
    maxDepthRule({
      n: limits.maxDepth,
      // A fragment is a way of writing a selection, not another level of nesting.
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [
        reject(
          QueryLimitCode.TooDeep,
          `The operation nests fields more than ${limits.maxDepth} levels deep.`,
        ),
      ],
    }),
  ];
}

const ESTIMATORS = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/**
 * The cost of the operation that will run: every field costs 1 plus its children, a field
 * that declares `complexity` (the analytics queries) costs that instead. Null when the
 * variables do not fit the operation: execution then refuses it before any resolver.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables,
      estimators: ESTIMATORS,
    });
  } catch {
    // Only the library's node cap (10,000 selections) gets here: far beyond any limit.
    return Number.POSITIVE_INFINITY;
  }
}

export function costError(cost: number, maxCost: number): GraphQLError {
  const shown = Number.isFinite(cost) ? String(cost) : 'too many selections';
  return limitError(
    QueryLimitCode.TooComplex,
    `The operation costs ${shown}; at most ${maxCost} is allowed. Each analytics query costs ${ANALYTICS_FIELD_COST}: ask for fewer at once.`,
  );
}
