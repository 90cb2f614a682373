import { FieldProblem } from '../common/domain-error';

/** C0 controls and DEL, but tab and line breaks (notes and descriptions have paragraphs). */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
}

/**
 * Rules every text argument obeys, wherever it appears in an input: no control characters,
 * and no value that is only whitespace (a blank name is no name). One walk over the
 * validated arguments, so no input class can forget it.
 */
export function textProblems(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') {
    if (hasControl(value))
      return [{ field: path, message: `${leaf(path)} must not contain control characters` }];
    if (value.length > 0 && value.trim().length === 0) {
      return [{ field: path, message: `${leaf(path)} must not be blank` }];
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblems(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      textProblems(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

function leaf(path: string): string {
  return (
    path
      .split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') || 'value'
  );
}
