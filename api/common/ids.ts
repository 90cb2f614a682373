import { randomUUID } from 'node:crypto';

/** Client-supplied ids: readable slugs (letters, digits, - _ .), 1–80 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
export const ID_MESSAGE =
  'must be 1–80 letters, digits, ".", "_" or "-", starting with a letter or digit';

export function newId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
