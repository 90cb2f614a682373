import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { councilFingerprint, testDb } from '../support/domain-fixtures';
import { postImport, workbook } from '../support/import-fixtures';
import { uniqueId } from '../support/test-neo4j';
import { startTestApp, TestApp } from '../support/test-app';
import { apiSnapshot, poll, seedDemoCouncils, shot, waitForMap } from './map-helpers';

const D = '2024-01-01';

/**
 * A small council as a user's workbook, with two things the wizard has to fix: the people
 * sheet calls its pseudonym column "Staff handle" (not a documented header), and one membership's
 * profession is "DN" (not in the shared vocabulary).
 */
function userWorkbook(): Promise<Buffer> {
  return workbook({
    organisations: [
      ['id', 'name', 'type', 'validFrom'],
      ['org-1', 'Northfield Community Trust', 'nhs-community-trust', D],
    ],
    teams: [
      ['id', 'name', 'type', 'validFrom'],
      ['team-1', 'Northfield District Nursing', 'district-nursing', D],
    ],
    people: [
      ['id', 'Staff handle', 'level', 'validFrom'],
      ['person-1', 'DN-01', 'FRONTLINE', D],
      ['person-2', 'DN-02', 'FRONTLINE', D],
      ['person-3', 'HC-01', 'MANAGER', D],
    ],
    memberships: [
      ['id', 'person', 'team', 'profession', 'organisation', 'validFrom'],
      ['m-1', 'person-1', 'team-1', null, null, D],
      ['m-2', 'person-1', null, 'DN', null, D],
      ['m-3', 'person-2', null, 'district-nurse', null, D],
    ],
    ties: [
      [
        'id',
        'from',
        'to',
        'type',
        'strength',
        'frequency',
        'integrationLevel',
        'source',
        'confidence',
        'validFrom',
      ],
      ['tie-1', 'person-1', 'person-2', 'referral', 3, 'WEEKLY', 4, 'ADMIN', 0.9, D],
      ['tie-2', 'person-2', 'person-3', 'advice', 2, 'MONTHLY', 3, 'ADMIN', 0.8, D],
    ],
  });
}

/** The wizard's step, once it shows it; a failure names the wizard's own error message. */
async function atStep(page: Page, step: string): Promise<void> {
  try {
    await page
      .locator(`[data-testid="import-wizard"][data-step="${step}"][aria-busy="false"]`)
      .waitFor({ timeout: 60_000 });
  } catch (e) {
    const shown = await page.getByTestId('import-error').allTextContents();
    throw new Error(
      `step ${step} not reached; the wizard says: ${shown.join(' | ') || '-'}: ${String(e)}`,
    );
  }
}

describe('the import wizard in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  const councils: string[] = [];
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of councils) {
      await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, { c });
    }
    await browser?.close();
    await api?.close();
  });

  it('New council → import prompt → columns fixed → dry-run error → value mapped → import → the map of it', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge`);
    await page.getByTestId('new-council').click();
    const name = `Northfield ${uniqueId('n')}`;
    const form = page.getByTestId('new-council-form');
    await form.locator('[data-field="name"]').fill(name);
    await form.locator('[data-field="neighbourhoods"]').fill('North\nSouth');
    await shot(page, 'new-council');
    await form.getByTestId('form-submit').click();

    // The new council opens, empty, with the prompt to import.
    await page.getByTestId('empty-council').waitFor({ timeout: 30_000 });
    const councilId = new URL(page.url()).searchParams.get('council')!;
    councils.push(councilId);
    expect(councilId).not.toBe('tamebridge');
    const db = testDb();
    let empty: string;
    try {
      empty = await councilFingerprint(db, councilId);
    } finally {
      await db.driver.close();
    }
    await shot(page, 'new-council-empty');
    await page.getByTestId('import-prompt').click();
    await atStep(page, 'file');
    expect(new URL(page.url()).pathname).toBe('/import');
    expect(await page.getByTestId('template-xlsx').getAttribute('href')).toBe(
      '/api/import/template.xlsx',
    );
    expect(await page.getByTestId('template-zip').getAttribute('href')).toBe(
      '/api/import/template.zip',
    );

    await page.getByTestId('import-file').setInputFiles({
      name: 'northfield.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await userWorkbook(),
    });
    await page.getByTestId('check-file').click();
    await atStep(page, 'columns');

    // "Staff handle" was not recognised; the samples show what it holds; map it to pseudonym.
    const alias = page.locator('[data-testid="columns-people"] tr[data-column="Staff handle"]');
    expect(await alias.getByTestId('detected').textContent()).toMatch(/not recognised/);
    expect(await alias.textContent()).toContain('DN-01');
    const level = page.locator('[data-testid="columns-people"] tr[data-column="level"]');
    expect(await level.getByTestId('detected').textContent()).toBe('level');
    await alias.getByTestId('column-choice').selectOption('pseudonym');
    await shot(page, 'import-columns');
    await page.getByTestId('to-values').click();
    await atStep(page, 'values');

    // "DN" is listed as unknown; first check without mapping it: the dry run refuses it.
    const dn = page.locator('[data-testid="values-step"] tr[data-value="DN"]');
    await dn.waitFor();
    await page.getByTestId('run-dry-run').click();
    await atStep(page, 'dryrun');
    const result = page.getByTestId('dry-run-result');
    expect(await result.getAttribute('data-ok')).toBe('false');
    const errors = page.getByTestId('import-errors');
    const dnError = errors.locator(
      'tr[data-sheet="memberships"][data-row="3"][data-column="profession"]',
    );
    await dnError.waitFor();
    expect(await dnError.textContent()).toContain('UNKNOWN_VALUE');
    // Only that row is refused (the server adds a consequence of the missing profession): the
    // handle mapping fixed the people sheet.
    const where = await errors
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => `${r.dataset.sheet}:${r.dataset.row}`));
    expect(new Set(where)).toEqual(new Set(['memberships:3']));
    expect(await page.getByTestId('run-import').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-errors-csv').click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('sheet,row,column,code,message');
    expect(csv[1]).toMatch(/^memberships,3,profession,UNKNOWN_VALUE,/);
    await shot(page, 'import-dry-run-errors');
    const dbCheck = testDb();
    try {
      expect(await councilFingerprint(dbCheck, councilId)).toBe(empty);
    } finally {
      await dbCheck.driver.close();
    }

    // Back to the mapping: DN means district nurse. Now every row passes.
    await page.getByRole('button', { name: 'Back to the mapping' }).click();
    await atStep(page, 'columns');
    await page.getByTestId('to-values').click();
    await atStep(page, 'values');
    await dn.getByTestId('value-choice').selectOption('district-nurse');
    await shot(page, 'import-values');
    await page.getByTestId('run-dry-run').click();
    await atStep(page, 'dryrun');
    expect(await page.locator('[data-testid="import-errors"] tbody tr').allTextContents()).toEqual(
      [],
    );
    expect(await result.getAttribute('data-ok')).toBe('true');
    const counts = page.getByTestId('import-counts');
    expect(
      await counts.locator('tr[data-sheet="people"] [data-count="created"]').textContent(),
    ).toBe('3');
    await page.getByTestId('run-import').click();
    await atStep(page, 'done');
    expect(
      await page
        .locator('[data-testid="import-done"] tr[data-sheet="ties"] [data-count="created"]')
        .textContent(),
    ).toBe('2');
    await shot(page, 'import-done');

    // The map of what was imported: three people, two ties; DN-01 a district nurse.
    await page.getByTestId('open-map').click();
    await waitForMap(page);
    const snap = await apiSnapshot(api, councilId, {});
    expect(snap.nodes.map((n) => n.label).sort()).toEqual(['DN-01', 'DN-02', 'HC-01']);
    expect(snap.edges).toHaveLength(2);
    await poll(
      () =>
        page.evaluate(
          () =>
            (globalThis as any).__interweave.cy
              .nodes('[kind = "PERSON"]')
              .filter((n: any) => !n.hasClass('absent')).length,
        ),
      3,
      30_000,
    );
    expect(await page.getByTestId('empty-council').count()).toBe(0);
    const people = await api.gql(
      `query($c: ID!) { people(councilId: $c) { items { pseudonym professionId } } }`,
      { c: councilId },
    );
    expect(people.errors).toBeUndefined();
    expect(
      (people.data!.people.items as { pseudonym: string; professionId: string | null }[]).find(
        (p) => p.pseudonym === 'DN-01',
      )?.professionId,
    ).toBe('district-nurse');
    await page.close();
  });

  it('a viewer is told the import is not for them, and the endpoint refuses them', async () => {
    const viewer = await api.user({ roles: [{ councilId: 'tamebridge', role: 'VIEWER' }] });
    const page = await signedInPage(browser, api, viewer);
    await page.goto(`${api.url}/import?council=tamebridge`);
    await page.getByTestId('import-forbidden').waitFor();
    expect(await page.getByTestId('import-file').count()).toBe(0);
    await page.close();
    const db = testDb();
    try {
      const before = await councilFingerprint(db, 'tamebridge');
      const res = await postImport(
        api,
        'tamebridge',
        { data: await userWorkbook(), name: 'northfield.xlsx' },
        { dryRun: 'false' },
        viewer.cookie,
      );
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(await councilFingerprint(db, 'tamebridge')).toBe(before);
    } finally {
      await db.driver.close();
    }
  });
});
