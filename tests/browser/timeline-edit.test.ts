import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { councilFingerprint, testDb } from '../support/domain-fixtures';
import { uniqueId } from '../support/test-neo4j';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { poll, seedDemoCouncils, shot } from './map-helpers';

const WAVES = `query($c: ID!) { waves(councilId: $c, limit: 500) { items { id label date method responseRate } } }`;
const INTERVENTIONS = `query($c: ID!) { interventions(councilId: $c, limit: 500) { items { id label date kind description } } }`;

interface WaveRow {
  id: string;
  label: string;
  date: string;
  method: string;
  responseRate: number | null;
}

async function waves(api: TestApp, councilId: string): Promise<WaveRow[]> {
  const res = await api.gql(WAVES, { c: councilId });
  expect(res.errors).toBeUndefined();
  return res.data!.waves.items;
}

async function interventions(api: TestApp, councilId: string) {
  const res = await api.gql(INTERVENTIONS, { c: councilId });
  expect(res.errors).toBeUndefined();
  return res.data!.interventions.items as { id: string; label: string; kind: string }[];
}

async function openEditor(page: Page, api: TestApp, councilId: string): Promise<void> {
  await page.goto(`${api.url}/?council=${councilId}`);
  await page.getByTestId('timeline-editor-toggle').click();
  await page.getByTestId('waves-table').waitFor();
}

describe('waves and interventions edited in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let editor: TestUser;
  let viewer: TestUser;
  let councilId: string;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
    const res = await api.gql(
      `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
      { i: { name: `Waveford ${uniqueId('w')}` } },
    );
    expect(res.errors).toBeUndefined();
    councilId = res.data!.createCouncil.id;
    editor = await api.user({ name: 'Eddie Editor', roles: [{ councilId, role: 'EDITOR' }] });
    viewer = await api.user({ name: 'Vera Viewer', roles: [{ councilId, role: 'VIEWER' }] });
  });
  afterAll(async () => {
    if (councilId) {
      await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, {
        c: councilId,
      });
    }
    await browser?.close();
    await api?.close();
  });

  it('an editor adds a wave, it joins the moment picker; editing it sends only the change and can clear the response rate', async () => {
    const page = await signedInPage(browser, api, editor);
    await openEditor(page, api, councilId);
    await page.getByTestId('add-wave').click();
    const form = page.getByTestId('wave-form');
    await form.locator('[data-field="label"]').fill('Baseline');
    await form.locator('[data-field="date"]').fill('2026-01-15');
    await form.locator('[data-field="method"]').fill('online survey');
    await form.locator('[data-field="responseRate"]').fill('0.62');
    await form.getByTestId('form-submit').click();
    await page.getByTestId('timeline-editor-done').waitFor();
    const [stored] = await poll(
      async () => (await waves(api, councilId)).map(({ id: _id, ...w }) => w),
      [{ label: 'Baseline', date: '2026-01-15', method: 'online survey', responseRate: 0.62 }],
    );
    expect(stored.label).toBe('Baseline');
    const [wave] = await waves(api, councilId);
    // The header's moment picker refetched the council's waves.
    await page
      .locator(`[data-testid="wave-picker"] option[value="${wave.id}"]`)
      .waitFor({ state: 'attached', timeout: 20_000 });
    await page.locator(`[data-wave-id="${wave.id}"]`).waitFor();

    await page.getByTestId(`edit-wave-${wave.id}`).click();
    const edit = page.getByTestId('wave-form');
    expect(await edit.locator('[data-field="method"]').inputValue()).toBe('online survey');
    await edit.locator('[data-field="method"]').fill('workshop');
    await edit.locator('[data-field="responseRate"]').fill('');
    await edit.getByTestId('form-submit').click();
    await edit.getByTestId('form-done').waitFor();
    await poll(
      async () => (await waves(api, councilId)).map(({ id: _id, ...w }) => w),
      [{ label: 'Baseline', date: '2026-01-15', method: 'workshop', responseRate: null }],
    );
    await shot(page, 'wave-editing');
    await page.close();
  });

  it('a refused value shows next to its field, keeps what was typed and changes nothing', async () => {
    const db = testDb();
    try {
      const page = await signedInPage(browser, api, editor);
      await openEditor(page, api, councilId);
      const before = await councilFingerprint(db, councilId);
      const wavesBefore = await waves(api, councilId);
      await page.getByTestId('add-wave').click();
      const form = page.getByTestId('wave-form');
      await form.locator('[data-field="label"]').fill('Review');
      await form.locator('[data-field="date"]').fill('2026-09-01');
      await form.locator('[data-field="method"]').fill('interviews');
      await form.locator('[data-field="responseRate"]').fill('1.5');
      await form.getByTestId('form-submit').click();
      const error = form.getByTestId('error-responseRate');
      await error.waitFor();
      expect(await form.locator('[data-field="responseRate"]').getAttribute('aria-invalid')).toBe(
        'true',
      );
      expect(await form.locator('[data-field="label"]').inputValue()).toBe('Review');
      expect(await waves(api, councilId)).toEqual(wavesBefore);
      expect(await councilFingerprint(db, councilId)).toBe(before);
      await page.close();
    } finally {
      await db.driver.close();
    }
  });

  it('an editor adds an intervention and changes its kind', async () => {
    const page = await signedInPage(browser, api, editor);
    await openEditor(page, api, councilId);
    await page.getByTestId('add-intervention').click();
    const form = page.getByTestId('intervention-form');
    await form.locator('[data-field="label"]').fill('Facilitator starts');
    await form.locator('[data-field="date"]').fill('2026-03-01');
    await form.locator('[data-field="kind"]').selectOption('FACILITATOR_APPOINTED');
    await form.locator('[data-field="description"]').fill('Brokers introductions');
    await form.getByTestId('form-submit').click();
    await page.getByTestId('timeline-editor-done').waitFor();
    const [created] = await poll(
      async () => (await interventions(api, councilId)).map((i) => [i.label, i.kind]),
      [['Facilitator starts', 'FACILITATOR_APPOINTED']],
    );
    expect(created).toBeDefined();
    const [item] = await interventions(api, councilId);
    await page.getByTestId(`edit-intervention-${item.id}`).click();
    const edit = page.getByTestId('intervention-form');
    await edit.locator('[data-field="kind"]').selectOption('TRAINING_COHORT');
    await edit.getByTestId('form-submit').click();
    await edit.getByTestId('form-done').waitFor();
    await poll(
      async () => (await interventions(api, councilId)).map((i) => [i.label, i.kind]),
      [['Facilitator starts', 'TRAINING_COHORT']],
    );
    expect(await page.locator(`[data-intervention-id="${item.id}"]`).textContent()).toContain(
      'Training cohort',
    );
    await page.close();
  });

  it('a viewer sees the waves on the timeline but no editor', async () => {
    const page = await signedInPage(browser, api, viewer);
    await page.goto(`${api.url}/?council=${councilId}`);
    await page.getByTestId('empty-council').waitFor();
    await page.getByTestId('export-links').waitFor();
    expect(await page.getByTestId('timeline-editor').count()).toBe(0);
    expect(await page.getByTestId('import-link').count()).toBe(0);
    expect(await page.getByTestId('import-prompt').count()).toBe(0);
    await page.close();
  });
});
