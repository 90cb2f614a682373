import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** Where the operations' generated types live (tools/ui-types.ts; `npm run codegen`). */
export const GENERATED_TYPES = join('ui', 'src', 'api', 'operations.generated.ts');

/** One GraphQL document written in the UI's source, with where it is. */
export interface UiOperation {
  file: string;
  line: number;
  /** The document, with `${CONSTANT}` pieces filled in; null when a piece is not a constant. */
  text: string | null;
  /** The pieces that could not be filled in (not a string constant of the same file). */
  unresolved: string[];
}

// An operation (`query X …`), or the shorthand `{ field … }` (which the name check refuses).
const DOCUMENT_START = /^\s*(query|mutation|subscription)\b|^\s*\{\s*[a-zA-Z]\w*\s*[({]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Every string or template literal in the UI's source that is a GraphQL operation (it starts
 * with query, mutation or subscription). `${NAME}` pieces are filled in from `const NAME =
 * '…'` (or a template of such constants) in the same file, so shared field lists are checked
 * too; any other piece is reported, as a document that cannot be checked.
 */
export function uiOperations(root: string): UiOperation[] {
  const out: UiOperation[] = [];
  for (const path of sourceFiles(root)) {
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const constants = new Map<string, ts.Expression>();
    source.forEachChild(function collect(node) {
      if (ts.isVariableStatement(node) && node.declarationList.flags & ts.NodeFlags.Const) {
        for (const d of node.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, d.initializer);
        }
      }
    });
    const resolve = (e: ts.Expression, missing: string[], depth = 0): string => {
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
      if (ts.isTemplateExpression(e)) {
        return (
          e.head.text +
          e.templateSpans
            .map((s) => resolve(s.expression, missing, depth) + s.literal.text)
            .join('')
        );
      }
      if (ts.isIdentifier(e) && constants.has(e.text) && depth < 10) {
        return resolve(constants.get(e.text)!, missing, depth + 1);
      }
      missing.push(e.getText(source));
      return '';
    };
    const visit = (node: ts.Node) => {
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)
      ) {
        const head = ts.isTemplateExpression(node) ? node.head.text : node.text;
        if (DOCUMENT_START.test(head)) {
          const unresolved: string[] = [];
          const text = resolve(node, unresolved);
          out.push({
            file: relative(process.cwd(), path),
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            text: unresolved.length ? null : text,
            unresolved,
          });
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
