/**
 * `npm run codegen`: write the UI's operation types (see ui-types.ts). `--schema` and `--out`
 * generate from another schema into another file (the tests try a schema change that way).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATED_TYPES, generateUiTypes, operationNameProblems } from './ui-types';

const root = join(__dirname, '..');
const { values } = parseArgs({ options: { schema: { type: 'string' }, out: { type: 'string' } } });
const problems = operationNameProblems(root);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const schemaText = values.schema ? readFileSync(values.schema, 'utf8') : undefined;
const out = values.out ?? join(root, GENERATED_TYPES);
void generateUiTypes(root, schemaText).then((text) => {
  writeFileSync(out, text);
  console.log(`Wrote ${out}.`);
});
