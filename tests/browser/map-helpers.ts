import { Page } from 'playwright-core';
import { seedDemo } from '../../seed/demo-seed';
import { testDb } from '../support/domain-fixtures';
import { screenshot } from '../support/browser';
import { TestApp } from '../support/test-app';

/** Loads the synthetic demo councils (idempotent). */
export async function seedDemoCouncils(): Promise<void> {
  const db = testDb();
  try {
    await seedDemo(db);
  } finally {
    await db.driver.close();
  }
}

export async function waitForMap(page: Page): Promise<void> {
  await page
    .locator('[data-testid="network-canvas"][data-ready="true"]')
    .waitFor({ timeout: 30_000 });
}

/** Retries `read` until it returns `expected` (deep-equal) or the time runs out. */
export async function poll<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
  return last;
}

/** Visible (present) nodes and edges, read from the Cytoscape instance itself. */
export function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const cy = (globalThis as any).__interweave.cy;
    return {
      nodes: cy.nodes('[kind != "GROUP"]').filter((n: any) => !n.hasClass('absent')).length,
      edges: cy.edges().filter((e: any) => !e.hasClass('absent') && !e.hasClass('suggested'))
        .length,
    };
  });
}

/** Ids of the drawn (present) edges. */
export function drawnEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (globalThis as any).__interweave.cy
      .edges()
      .filter((e: any) => !e.hasClass('absent'))
      .map((e: any) => e.id()),
  );
}

export interface ApiSnapshot {
  nodes: { id: string; teamTypeId: string | null; label: string }[];
  edges: { id: string; source: string; target: string; typeId: string; tieIds: string[] }[];
}

const SNAPSHOT = `query($c: ID!, $w: ID, $a: String, $l: NetworkLevel!) {
  networkSnapshot(councilId: $c, wave: $w, asOf: $a, level: $l) {
    nodes { id teamTypeId label } edges { id source target typeId tieIds }
  }
}`;

export async function apiSnapshot(
  api: TestApp,
  councilId: string,
  moment: { wave?: string; asOf?: string },
  level = 'PEOPLE',
): Promise<ApiSnapshot> {
  const res = await api.gql(SNAPSHOT, { c: councilId, w: moment.wave, a: moment.asOf, l: level });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.networkSnapshot;
}

/**
 * Screenshot (tests/support/browser.ts) once fades and viewport animations have finished.
 * `fullPage: false` keeps what is scrolled into view inside the side panel: a full-page
 * capture grows the viewport, and the panel, no longer overflowing, shows its top again.
 */
export async function shot(
  page: Page,
  name: string,
  options?: { fullPage?: boolean },
): Promise<void> {
  await page.waitForTimeout(700);
  await screenshot(page, name, options);
}

/**
 * Records the error messages of every GraphQL answer the page receives. The returned
 * function waits until every body received so far has been read, so an answer whose body
 * was still being read at the last check is counted too.
 */
export function graphqlErrors(page: Page): () => Promise<string[]> {
  const failed: string[] = [];
  const reads: Promise<void>[] = [];
  page.on('response', (r) => {
    if (!r.url().endsWith('/graphql')) return;
    reads.push(
      r
        .json()
        .catch(() => null)
        .then((body: { errors?: { message: string }[] } | null) => {
          for (const e of body?.errors ?? []) failed.push(e.message);
        }),
    );
  });
  return async () => {
    await Promise.all(reads);
    return failed;
  };
}
