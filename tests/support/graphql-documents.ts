import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const REPO = join(__dirname, '..', '..');

export interface FoundDocument {
  file: string;
  line: number;
  text: string;
  /** Pieces of a template literal between its `${...}` substitutions (one piece: none). */
  pieces: string[];
}

const GRAPHQL_START = /^\s*(query|mutation|subscription|fragment)\b|^\s*\{\s*[_A-Za-z]/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** `const NAME = 'text'` declarations at the top of a file, by name. */
function stringConstants(source: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      const init = d.initializer;
      if (
        ts.isIdentifier(d.name) &&
        init &&
        (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init))
      ) {
        out.set(d.name.text, init.text);
      }
    }
  }
  return out;
}

/** A template's text pieces, with substitutions of the file's string constants inlined. */
function templatePieces(node: ts.TemplateExpression, constants: Map<string, string>): string[] {
  const pieces = [node.head.text];
  for (const span of node.templateSpans) {
    const known = ts.isIdentifier(span.expression)
      ? constants.get(span.expression.text)
      : undefined;
    if (known === undefined) pieces.push(span.literal.text);
    else pieces[pieces.length - 1] += known + span.literal.text;
  }
  return pieces;
}

/** Every string or template literal in `dirs` whose text starts like a GraphQL document. */
export function findGraphqlLiterals(dirs: string[]): FoundDocument[] {
  const found: FoundDocument[] = [];
  for (const file of dirs.flatMap((d) => sourceFiles(join(REPO, d)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
    const constants = stringConstants(source);
    const visit = (node: ts.Node): void => {
      let pieces: string[] | null = null;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        pieces = [node.text];
      } else if (ts.isTemplateExpression(node)) {
        pieces = templatePieces(node, constants);
      }
      if (pieces && GRAPHQL_START.test(pieces[0])) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({
          file: relative(REPO, file),
          line: line + 1,
          text: pieces.join('${}'),
          pieces,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
