/** `npm run codegen`: write the UI's operation types (see ui-types.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_TYPES, generateUiTypes, operationNameProblems } from './ui-types';

const root = join(__dirname, '..');
const problems = operationNameProblems(root);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
void generateUiTypes(root).then((text) => {
  writeFileSync(join(root, GENERATED_TYPES), text);
  console.log(`Wrote ${GENERATED_TYPES}.`);
});
