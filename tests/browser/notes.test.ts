import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { poll, seedDemoCouncils, shot } from './map-helpers';

const TOTAL = `query($k: NoteTargetKind, $s: String) {
  learningNotes(councilId: "tamebridge", targetKind: $k, search: $s, limit: 500) { total }
}`;

describe('the council-wide notes view in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const total = async (k: string | null, s: string | null = null) => {
    const res = await api.gql(TOTAL, { k, s });
    expect(res.errors).toBeUndefined();
    return res.data!.learningNotes.total as number;
  };

  it('lists every note, filters by what it is about and by text, and adds a note on the council', async () => {
    const all = await total(null);
    const onInterventions = await total('INTERVENTION');
    expect(onInterventions).toBeGreaterThan(0);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&view=notes`);
    const list = page.getByTestId('notes-list');
    const count = () => list.locator('li').count();
    await poll(count, all, 20_000);
    // Notes on interventions, which nothing else showed, are here, named by the intervention.
    await page.getByTestId('notes-kind').selectOption('INTERVENTION');
    await poll(count, onInterventions, 20_000);
    expect(await list.locator('li').first().textContent()).toMatch(
      /Intervention: .+\(\d{4}-\d{2}-\d{2}\)/,
    );
    await shot(page, 'notes-view');
    // Text search narrows (the API's case-insensitive search).
    const word = ((await list.locator('li').first().textContent())!.split('\n').pop() ?? '')
      .trim()
      .split(/\s+/)
      .find((w) => w.length > 5)!
      .replace(/[^A-Za-z-]/g, '');
    await page.getByTestId('notes-search').fill(word);
    await poll(count, await total('INTERVENTION', word), 20_000);

    // A note on the council as a whole, added here, is stored against the council, and the
    // list in view (notes on the council) shows it at once.
    const before = await total('COUNCIL');
    await page.getByTestId('notes-search').fill('');
    await page.getByTestId('notes-kind').selectOption('COUNCIL');
    await poll(count, before, 20_000);
    const council = page.getByTestId('notes-section').first();
    await council.getByTestId('add-note').click();
    const form = page.getByTestId('note-form');
    await form
      .locator('[data-field="text"]')
      .fill('Council-wide note from the browser test (synthetic).');
    await form.locator('[data-field="categoryId"]').selectOption({ index: 1 });
    await form.locator('[data-field="authorRole"]').fill('change lead');
    await form.getByTestId('form-submit').click();
    await form.getByTestId('form-done').waitFor();
    await poll(() => total('COUNCIL'), before + 1, 20_000);
    await poll(count, before + 1, 20_000);
    expect(await list.textContent()).toContain('Council-wide note from the browser test');
    await page.close();
  });

  it('shows a viewer every note and no way to add one', async () => {
    const viewer = await api.user({
      name: 'Val Viewer',
      roles: [{ councilId: 'tamebridge', role: 'VIEWER' }],
    });
    const page = await signedInPage(browser, api, viewer);
    await page.goto(`${api.url}/?council=tamebridge&view=notes`);
    const list = page.getByTestId('notes-list');
    await poll(() => list.locator('li').count(), await total(null), 20_000);
    // The council's and the interventions' note sections are there to read, not to add to.
    await page.getByTestId('notes-section').first().waitFor();
    expect(await page.getByTestId('notes-section').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('add-note').count()).toBe(0);
    await page.close();
  });

  it('shows note counts on the timeline markers and beside the selected actor', async () => {
    const res = await api.gql(`query {
      learningNotes(councilId: "tamebridge", limit: 500) { items { target { kind id } } }
      interventions(councilId: "tamebridge", limit: 500) { items { id date } } }`);
    expect(res.errors).toBeUndefined();
    const counts = new Map<string, number>();
    const kinds = new Map<string, string>();
    for (const n of res.data!.learningNotes.items as { target: { kind: string; id: string } }[]) {
      counts.set(n.target.id, (counts.get(n.target.id) ?? 0) + 1);
      kinds.set(n.target.id, n.target.kind);
    }
    // Per marker (date): the notes on the interventions of that date.
    const byDate = new Map<string, number>();
    for (const i of res.data!.interventions.items as { id: string; date: string }[]) {
      byDate.set(i.date, (byDate.get(i.date) ?? 0) + (counts.get(i.id) ?? 0));
    }
    expect([...byDate.values()].some((n) => n > 0)).toBe(true);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge`);
    const marks = page.locator('.mark-intervention');
    await poll(() => marks.count(), byDate.size, 20_000);
    const shown = await marks.evaluateAll((els) =>
      els.map((el) => [el.getAttribute('title'), Number(el.getAttribute('data-notes'))]),
    );
    await poll(
      async () =>
        (
          await marks.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-notes'))))
        ).reduce((a, b) => a + b, 0),
      [...byDate.values()].reduce((a, b) => a + b, 0),
      20_000,
    );
    for (const [title] of shown) expect(title).toMatch(/\(\d{4}-\d{2}-\d{2}\)/);
    // The selected actor with the most notes carries its count on the map.
    const [actor, n] = [...counts]
      .filter(([id]) => ['PERSON', 'TEAM'].includes(kinds.get(id)!))
      .sort((a, b) => b[1] - a[1])[0];
    // A team is a node of its own at the Teams level.
    const level = kinds.get(actor) === 'TEAM' ? '&level=TEAMS' : '';
    await page.goto(`${api.url}/?council=tamebridge${level}&selected=${actor}`);
    const badge = page.getByTestId('selected-badge');
    await badge.waitFor();
    expect(await badge.textContent()).toBe(`✎ ${n} ${n === 1 ? 'note' : 'notes'}`);
    await shot(page, 'map-note-counts');
    await page.close();
  });
});
