import {
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
} from 'graphql';
import { loadConfig } from '../../../api/config/app-config';
import { operationCost, queryLimitRules } from '../../../api/graphql/query-limits';
import { buildAppSchema } from '../../../api/graphql/schema-printer';
import { findGraphqlLiterals, FoundDocument } from '../../support/graphql-documents';

/**
 * Every GraphQL document the UI sends, and every one the tests, seed and benchmarks send,
 * passes the default operation limits: depth, aliases, root fields and cost.
 */
const LIMITS = loadConfig({}).graphqlLimits;
const PARSE = { maxTokens: LIMITS.maxTokens };

/** The UI's generic write templates, with every (mutation, input type) they are called with. */
const UI_TEMPLATE_EXPANSIONS: Record<string, string[][]> = {
  'ui/src/views/edit/mutations.ts': [
    ['UpdateTieInput', 'updateTie'],
    ['UpdatePersonInput', 'updatePerson'],
    ['UpdateTeamInput', 'updateTeam'],
    ['UpdateOrganisationInput', 'updateOrganisation'],
    ['PersonInput', 'createPerson'],
    ['TeamInput', 'createTeam'],
    ['OrganisationInput', 'createOrganisation'],
  ],
};

/** Documents written to break the limits on purpose. */
const HOSTILE = ['tests/api/hardening.test.ts', 'tests/unit/foundation/query-limits.test.ts'];

function fill(found: FoundDocument, values: string[]): string {
  return found.pieces.reduce((text, piece, i) => text + values[i - 1] + piece);
}

/** A value of the given input type, every optional field left out; lists of one. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        out[field.name] = sample(field.type);
    }
    return out;
  }
  return { Int: 1, Float: 1, Boolean: true }[type.name] ?? 'x';
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    values[definition.variable.name.value] = sample(type);
  }
  return values;
}

interface Checked {
  where: string;
  errors: string[];
  cost: number | null;
}

function check(schema: GraphQLSchema, where: string, document: DocumentNode): Checked {
  const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules(LIMITS)]).map(
    (e) => `${JSON.stringify(e.extensions.code ?? 'INVALID')}: ${e.message}`,
  );
  let cost = 0;
  for (const op of document.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION) continue;
    const opCost = operationCost(schema, document, op, sampleVariables(schema, op));
    if (opCost === null) errors.push(`variables could not be sampled for ${where}`);
    cost = Math.max(cost, opCost ?? 0);
  }
  return { where, errors, cost };
}

describe('default operation limits and the documents the project sends', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('declare a cost on every analytics query', () => {
    const fields = schema.getQueryType()!.getFields();
    const costs = Object.fromEntries(
      [
        'networkAnalysis',
        'networkEvolution',
        'networkDiff',
        'missingConnections',
        'simulateRemoval',
        'compareCouncils',
        'networkSnapshot',
      ].map((name) => [name, fields[name].extensions.complexity]),
    );
    expect(Object.values(costs)).toEqual(Array(7).fill(100));
  });

  it('let every query and mutation of the UI through', () => {
    const checked: Checked[] = [];
    for (const found of findGraphqlLiterals(['ui/src'])) {
      const where = `${found.file}:${found.line}`;
      const candidates =
        found.pieces.length === 1 ? [[]] : (UI_TEMPLATE_EXPANSIONS[found.file] ?? []);
      // A generic template is checked with each expansion listed above that fits it.
      const documents = candidates
        .filter((values) => values.length === found.pieces.length - 1)
        .map((values) => parse(fill(found, values), PARSE))
        .filter((document) => found.pieces.length === 1 || validate(schema, document).length === 0);
      expect({ where, documents: documents.length > 0 }).toEqual({ where, documents: true });
      for (const document of documents) checked.push(check(schema, where, document));
    }
    expect(checked.length).toBeGreaterThan(25);
    expect(checked.filter((c) => c.errors.length > 0)).toEqual([]);
  });

  it('let every document of the tests, seed and benchmarks through', () => {
    const checked: Checked[] = [];
    let skipped = 0;
    for (const found of findGraphqlLiterals(['tests', 'seed', 'bench'])) {
      if (HOSTILE.includes(found.file)) continue;
      let document: DocumentNode;
      try {
        // Substitutions in tests are mostly ids inside quotes; others may not parse.
        document = parse(
          fill(
            found,
            found.pieces.map(() => 'x'),
          ),
          PARSE,
        );
      } catch {
        skipped += 1;
        continue;
      }
      const where = `${found.file}:${found.line}`;
      const result = check(schema, where, document);
      // Documents that are invalid on purpose (or only after our substitution) are not ours to judge.
      const invalid = validate(schema, document).length > 0;
      if (!invalid) checked.push(result);
      else skipped += 1;
    }
    expect(checked.length).toBeGreaterThan(100);
    expect(skipped).toBeLessThan(checked.length / 4);
    expect(checked.filter((c) => c.errors.length > 0)).toEqual([]);
  });
});
