/**
 * `npm run check`: every GraphQL operation the UI sends is valid against api/schema.gql, so a
 * schema change that breaks the UI (a field renamed, an argument made required, a type
 * changed) fails the check instead of a user's page. graphql-js does the validation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { uiOperations } from './ui-operations';

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
if (problems.length) {
  console.error(
    `GraphQL operations in the UI that api/schema.gql does not accept:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(`${operations.length} GraphQL operations in ui/src are valid against api/schema.gql.`);
