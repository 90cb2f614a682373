/**
 * `npm run check`: every GraphQL operation the UI sends is valid against api/schema.gql, is
 * named (once), and ui/src/api/operations.generated.ts holds the types generated from them,
 * so a schema change that breaks the UI (a field renamed, an argument made required, a type
 * changed) fails the check — here, or in the type check that reads the generated types —
 * instead of a user's page. graphql-js does the validation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { uiOperations } from './ui-operations';
import { GENERATED_TYPES, generateUiTypes, operationNameProblems } from './ui-types';

const root = join(__dirname, '..');
const schema = buildSchema(readFileSync(join(root, 'api', 'schema.gql'), 'utf8'));
const problems: string[] = [];
const operations = uiOperations(join(root, 'ui', 'src'));
for (const op of operations) {
  const at = `${op.file}:${op.line}`;
  if (op.text === null) {
    problems.push(`${at}: built from ${op.unresolved.join(', ')}, which is not a constant here`);
    continue;
  }
  try {
    for (const error of validate(schema, parse(op.text))) problems.push(`${at}: ${error.message}`);
  } catch (error) {
    problems.push(`${at}: ${(error as Error).message}`);
  }
}
problems.push(...operationNameProblems(root));

void (async () => {
  if (!problems.length) {
    const fresh = await generateUiTypes(root);
    if (fresh !== readFileSync(join(root, GENERATED_TYPES), 'utf8')) {
      problems.push(
        `${GENERATED_TYPES} is out of date with the schema or the UI: run npm run codegen`,
      );
    }
  }
  if (problems.length) {
    console.error(
      `GraphQL operations in the UI that api/schema.gql does not accept:\n${problems.join('\n')}`,
    );
    process.exit(1);
  }
  console.log(
    `${operations.length} GraphQL operations in ui/src are valid against api/schema.gql; their generated types are up to date.`,
  );
})();
