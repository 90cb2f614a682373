import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import * as ts from 'typescript';
import { GENERATED_TYPES, uiOperations } from '../../../tools/ui-operations';

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

/**
 * `npm run codegen` and the check that its output is current. The generator runs as the
 * scripts run it (a child process): GraphQL Code Generator's plugins load ES modules that
 * this jest set-up does not.
 */
describe('the UI’s generated operation types', () => {
  const run = (script: string, args: string[] = []) =>
    execFileSync('npx', ['ts-node', '--transpile-only', join(ROOT, 'tools', script), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('name every operation once and are what the generator writes today (npm run check:graphql)', () => {
    expect(run('check-ui-operations.ts')).toMatch(
      /\d+ GraphQL operations in ui\/src are valid .*generated types are up to date/,
    );
    const committed = readFileSync(join(ROOT, GENERATED_TYPES), 'utf8');
    expect(committed).toMatch(/export type TieQuery = \{/);
    expect(committed).toMatch(/export type SaveMapLayoutMutationVariables = /);
  });

  it('change with the schema, and a change that breaks the UI fails its type check', () => {
    // A snapshot node's label becomes optional: the UI reads it as a string in many places.
    const changed = SCHEMA.replace(/(type SnapshotNodeModel \{[^}]*?label: )String!/s, '$1String');
    expect(changed).not.toBe(SCHEMA);
    const dir = mkdtempSync(join(tmpdir(), 'iw-codegen-'));
    try {
      writeFileSync(join(dir, 'schema.gql'), changed);
      const out = join(dir, 'operations.generated.ts');
      run('generate-ui-types.ts', ['--schema', join(dir, 'schema.gql'), '--out', out]);
      const regenerated = readFileSync(out, 'utf8');
      const committed = readFileSync(join(ROOT, GENERATED_TYPES), 'utf8');
      expect(regenerated).not.toBe(committed);
      const errors = uiTypeErrors(regenerated);
      expect(errors.join('\n')).toMatch(/string \| null/);
      // The same compile over the committed types finds nothing: the failure is the change's.
      expect(uiTypeErrors(committed)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The UI's type errors (as `tsc -p ui/tsconfig.json` reports them) with other generated types. */
function uiTypeErrors(generated: string): string[] {
  const configPath = join(ROOT, 'ui', 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  const target = join(ROOT, GENERATED_TYPES);
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (file) => (file === target ? generated : read(file));
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError) =>
    file === target
      ? ts.createSourceFile(file, generated, language)
      : getSource(file, language, onError);
  const program = ts.createProgram(config.fileNames, config.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
