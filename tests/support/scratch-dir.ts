import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder under the OS temp dir (for a test file's private Neo4j store or its files),
 * removed once the file's tests are done. Call it at the top level of the test file, outside
 * any `describe`: Jest runs a file's top-level afterAll after every describe's own teardown,
 * so the server that writes there has stopped first. Left behind, each store holds hundreds
 * of megabytes and a CI machine's disk fills up run after run.
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
