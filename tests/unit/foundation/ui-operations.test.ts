import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { uiOperations } from '../../../tools/ui-operations';

const ROOT = join(__dirname, '..', '..', '..');
const SCHEMA = readFileSync(join(ROOT, 'api', 'schema.gql'), 'utf8');

const errorsAgainst = (schemaText: string) => {
  const schema = buildSchema(schemaText);
  return uiOperations(join(ROOT, 'ui', 'src')).flatMap((op) =>
    validate(schema, parse(op.text!)).map((e) => `${op.file}: ${e.message}`),
  );
};

/** The check behind `npm run check:graphql`: the UI's operations against the API's schema. */
describe('the UI’s GraphQL operations', () => {
  it('are all found, every piece of them resolved, and valid against api/schema.gql', () => {
    const ops = uiOperations(join(ROOT, 'ui', 'src'));
    expect(ops.length).toBeGreaterThan(40);
    expect(ops.filter((o) => o.text === null)).toEqual([]);
    // The shared layout's query is among them, with its field list filled in.
    expect(
      ops.some(
        (o) =>
          o.file.endsWith('useSavedLayout.ts') && /positions \{ id x y pinned \}/.test(o.text!),
      ),
    ).toBe(true);
    expect(errorsAgainst(SCHEMA)).toEqual([]);
  });

  it('fail the check when the schema changes under them (a root field or a field of a type renamed)', () => {
    const renamed = errorsAgainst(SCHEMA.replace(/^ {2}mapLayout\(/m, '  savedMapLayout('));
    expect(renamed.join('\n')).toMatch(/useSavedLayout\.ts: Cannot query field "mapLayout"/);
    const onType = errorsAgainst(
      SCHEMA.replace(/(type TieEnd \{[^}]*?)name: String!/s, '$1fullName: String!'),
    );
    expect(onType.join('\n')).toMatch(/TieDetail\.tsx: Cannot query field "name" on type "TieEnd"/);
  });
});
