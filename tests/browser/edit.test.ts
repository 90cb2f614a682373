import { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, signedInPage } from '../support/browser';
import { councilFingerprint, testDb } from '../support/domain-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { apiSnapshot, drawnEdgeIds, poll, seedDemoCouncils, waitForMap, shot } from './map-helpers';

const today = () => new Date().toISOString().slice(0, 10);

/** Two people at today's moment with no training tie between them. */
async function untiedPair(api: TestApp): Promise<[string, string]> {
  const snap = await apiSnapshot(api, 'tamebridge', { asOf: today() });
  const tied = new Set(
    snap.edges
      .filter((e) => e.typeId === 'training')
      .map((e) => [e.source, e.target].sort().join('|')),
  );
  const ids = snap.nodes.map((n) => n.id).sort();
  for (let i = ids.length - 1; i > 0; i -= 1) {
    for (let j = 0; j < i; j += 1) {
      if (!tied.has([ids[j], ids[i]].sort().join('|'))) return [ids[j], ids[i]];
    }
  }
  throw new Error('no untied pair');
}

/** The label the pickers show for a person (what the admin is allowed to see). */
async function personLabel(api: TestApp, id: string): Promise<string> {
  const res = await api.gql(
    `query($c: ID!, $id: ID!) { person(councilId: $c, id: $id) { pseudonym displayName } }`,
    { c: 'tamebridge', id },
  );
  const p = res.data!.person as { pseudonym: string; displayName: string | null };
  return p.displayName ?? p.pseudonym;
}

/** Chooses a person in a type-ahead picker: types their name, clicks their entry. */
async function pick(page: Page, api: TestApp, field: string, personId: string): Promise<void> {
  const form = page.getByTestId('tie-form');
  await form.locator(`[data-picker="${field}"]`).fill(await personLabel(api, personId));
  await form.locator(`li[data-value="PERSON:${personId}"]`).click();
  expect(await form.locator(`[data-field="${field}"]`).inputValue()).toBe(`PERSON:${personId}`);
}

async function openTieForm(page: Page, api: TestApp, from: string, to: string): Promise<void> {
  await page.getByTestId('add-tie').click();
  await pick(page, api, 'from', from);
  await pick(page, api, 'to', to);
  await page.getByTestId('tie-form').locator('[data-field="typeId"]').selectOption('training');
}

describe('editing in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  const created: string[] = [];
  const people: string[] = [];
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const id of created) {
      const notes = await api.gql(
        `query($c: ID!, $id: ID!) { learningNotes(councilId: $c, targetKind: TIE, targetId: $id) { items { id } } }`,
        { c: 'tamebridge', id },
      );
      for (const n of notes.data?.learningNotes.items ?? []) {
        await api.gql(
          `mutation($c: ID!, $id: ID!) { deleteLearningNote(councilId: $c, id: $id) }`,
          {
            c: 'tamebridge',
            id: n.id,
          },
        );
      }
      const res = await api.gql(
        `mutation($c: ID!, $id: ID!) { deleteTie(councilId: $c, id: $id, reason: "browser test clean-up") }`,
        { c: 'tamebridge', id },
      );
      expect(res.errors).toBeUndefined();
    }
    for (const id of people) {
      await api.gql(`mutation($c: ID!, $id: ID!) { deletePerson(councilId: $c, id: $id) }`, {
        c: 'tamebridge',
        id,
      });
    }
    await browser?.close();
    await api?.close();
  });

  it('a bad strength shows the API error next to the strength field, keeps what was typed, writes nothing', async () => {
    const db = testDb();
    try {
      const before = await councilFingerprint(db, 'tamebridge');
      const [from, to] = await untiedPair(api);
      const page = await signedInPage(browser, api);
      await page.goto(`${api.url}/?council=tamebridge`);
      await waitForMap(page);
      await openTieForm(page, api, from, to);
      const form = page.getByTestId('tie-form');
      await form.locator('[data-field="strength"]').fill('9');
      await form.locator('[data-field="note"]').fill('typed before the failure');
      await form.getByTestId('form-submit').click();
      const error = form.getByTestId('error-strength');
      await error.waitFor();
      expect(await error.textContent()).toMatch(/strength|5/i);
      // The error is tied to the field, and nothing typed is lost.
      const strength = form.locator('[data-field="strength"]');
      expect(await strength.getAttribute('aria-invalid')).toBe('true');
      expect(await strength.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
      expect(await strength.inputValue()).toBe('9');
      expect(await form.locator('[data-field="note"]').inputValue()).toBe(
        'typed before the failure',
      );
      expect(await form.locator('[data-field="from"]').inputValue()).toBe(`PERSON:${from}`);
      await shot(page, 'edit-field-error');
      expect(await councilFingerprint(db, 'tamebridge')).toBe(before);
      await page.close();
    } finally {
      await db.driver.close();
    }
  });

  it('editing a tie with several bad values marks every one at its field from one save', async () => {
    const db = testDb();
    try {
      const snap = await apiSnapshot(api, 'tamebridge', { asOf: today() });
      const edge = snap.edges.find((e) => e.tieIds.length === 1)!;
      const before = await councilFingerprint(db, 'tamebridge');
      const page = await signedInPage(browser, api);
      const mutations: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && /mutation/.test(r.postData() ?? ''))
          mutations.push(r.postData()!);
      });
      await page.goto(`${api.url}/?council=tamebridge&selected=${encodeURIComponent(edge.id)}`);
      await waitForMap(page);
      await page.getByTestId('edit-tie').click();
      const form = page.getByTestId('tie-edit-form');
      await form.locator('[data-field="strength"]').fill('9');
      await form.locator('[data-field="confidence"]').fill('3');
      // Before the tie began: the API compares it with validFrom, sent alongside.
      await form.locator('[data-field="validTo"]').fill('2000-01-01');
      await form.getByTestId('form-submit').click();
      for (const [field, words] of [
        ['strength', /^Strength must not be greater than 5/],
        ['confidence', /^Confidence must not be greater than 1/],
        ['validTo', /^Valid to must be after Valid from\b/],
      ] as const) {
        const input = form.locator(`[data-field="${field}"]`);
        await poll(() => input.getAttribute('aria-invalid'), 'true');
        const errorId = (await input.getAttribute('aria-describedby'))!;
        expect(await form.locator(`[id="${errorId}"]`).textContent()).toMatch(words);
      }
      // One save, one answer with all three; nothing raw, nothing written.
      expect(mutations).toHaveLength(1);
      expect(await form.textContent()).not.toMatch(/Variable|got invalid value|INTERNAL/);
      expect(await councilFingerprint(db, 'tamebridge')).toBe(before);
      await form.scrollIntoViewIfNeeded();
      await shot(page, 'edit-tie-errors', { fullPage: false });
      await page.close();
    } finally {
      await db.driver.close();
    }
  });

  it('empty required fields are all marked at their fields in words, and nothing is sent', async () => {
    const db = testDb();
    try {
      const before = await councilFingerprint(db, 'tamebridge');
      const page = await signedInPage(browser, api);
      await page.goto(`${api.url}/?council=tamebridge&wave=tamebridge-wave-review`);
      await waitForMap(page);
      let mutations = 0;
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && /mutation/.test(r.postData() ?? '')) mutations += 1;
      });
      await page.getByTestId('add-person').click();
      const form = page.getByTestId('person-form');
      await form.locator('[data-field="pseudonym"]').waitFor();
      // New records start at the moment in view, not today.
      expect(await form.locator('[data-field="validFrom"]').inputValue()).toBe('2024-03-01');
      await form.locator('[data-field="validFrom"]').fill('');
      await form.getByTestId('form-submit').click();
      for (const [field, label] of [
        ['pseudonym', 'Pseudonym'],
        ['validFrom', 'In post from'],
      ]) {
        const input = form.locator(`[data-field="${field}"]`);
        await poll(() => input.getAttribute('aria-invalid'), 'true');
        const errorId = (await input.getAttribute('aria-describedby'))!;
        expect(await form.locator(`[id="${errorId}"]`).textContent()).toBe(`${label} is required.`);
      }
      expect(await form.getByTestId('form-error').count()).toBe(0);
      expect(await form.textContent()).not.toMatch(/Variable|got invalid value/);
      expect(mutations).toBe(0);
      await shot(page, 'edit-required-fields');
      expect(await councilFingerprint(db, 'tamebridge')).toBe(before);
      await page.close();
    } finally {
      await db.driver.close();
    }
  });

  it('adds a tie from the selected node: From filled in, To a type-ahead that tells namesakes apart', async () => {
    const [from, to] = await untiedPair(api);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&selected=${from}`);
    await waitForMap(page);
    await page.getByTestId('add-tie-from').click();
    const form = page.getByTestId('tie-form');
    await form.waitFor();
    expect(await form.locator('[data-field="from"]').inputValue()).toBe(`PERSON:${from}`);
    const fromLabel = await personLabel(api, from);
    // The picker names the actor once the council's actors are loaded.
    await poll(
      async () => (await form.locator('[data-picker="from"]').inputValue()).includes(fromLabel),
      true,
      20_000,
    );
    // To is where the keyboard is: the one field left to choose.
    const focused = await page.evaluate(
      () => (globalThis as any).document.activeElement.getAttribute('data-picker') as string,
    );
    expect(focused).toBe('to');
    // Typing lists matches with their team and profession; no two entries read the same.
    const toLabel = await personLabel(api, to);
    await page.keyboard.type(toLabel.slice(0, 3));
    const options = form.locator('[role="listbox"] [role="option"]');
    await options.first().waitFor();
    const texts = await options.allTextContents();
    for (const t of texts) expect(t).toMatch(/ — person, .+/);
    expect(new Set(texts).size).toBe(texts.length);
    await form.locator('[data-picker="to"]').fill(toLabel);
    await form.locator(`li[data-value="PERSON:${to}"]`).click();
    await form.locator('[data-field="typeId"]').selectOption('training');
    await shot(page, 'edit-tie-from-selection');
    await form.getByTestId('form-submit').click();
    const done = form.getByTestId('form-done');
    await done.waitFor();
    const tieId = (await done.getAttribute('data-record-id'))!;
    created.push(tieId);
    const res = await api.gql(
      `query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) { from { id } to { id } typeId } }`,
      { c: 'tamebridge', id: tieId },
    );
    expect(res.data?.tie).toEqual({ from: { id: from }, to: { id: to }, typeId: 'training' });
    await poll(async () => (await drawnEdgeIds(page)).includes(tieId), true, 20_000);

    // Its panel shows every recorded field in words.
    await page.evaluate(
      (id) => (globalThis as any).__interweave.cy.getElementById(id).emit('tap'),
      tieId,
    );
    const fields = page.getByTestId('tie-fields');
    await fields.waitFor();
    const rows = Object.fromEntries(
      await fields
        .locator('tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('th')!.textContent,
            tr.querySelector('td')!.textContent,
          ]),
        ),
    );
    expect(rows).toMatchObject({
      Type: 'Training',
      Direction: 'undirected',
      'Strength (1–5)': '3',
      Frequency: 'Monthly',
      'Integration level (1–7)': '4',
      'Confidence (0–1)': '0.8',
      Source: 'Observed',
      Note: '—',
    });
    expect(rows.From).toContain(fromLabel);
    // The panel itself: below the still-open form, out of the page's first screen.
    await page
      .getByTestId('tie-detail')
      .screenshot({ path: join(ARTIFACTS, 'tie-panel.png'), animations: 'disabled' });

    // Deleting needs a reason (the API's rule), asked for at the field before anything is sent.
    const detail = page.getByTestId('tie-detail');
    await detail.getByTestId('delete-tie').click();
    const del = detail.getByTestId('tie-delete-form');
    await del.getByTestId('form-submit').click();
    await del.getByTestId('error-reason').waitFor();
    const still = await api.gql(`query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) { id } }`, {
      c: 'tamebridge',
      id: tieId,
    });
    expect(still.data?.tie.id).toBe(tieId);
    await del.locator('[data-field="reason"]').fill('entered twice by mistake');
    await del.getByTestId('form-submit').click();
    await page.getByTestId('tie-deleted').waitFor();
    const gone = await api.gql(`query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) { id } }`, {
      c: 'tamebridge',
      id: tieId,
    });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    created.splice(created.indexOf(tieId), 1);
    await poll(async () => (await drawnEdgeIds(page)).includes(tieId), false, 20_000);
    await page.close();
  });

  it('Undo takes back the last edit: an added tie goes, a changed tie gets its values back', async () => {
    const tieQuery = `query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) { strength note version } }`;
    const [from, to] = await untiedPair(api);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge`);
    await waitForMap(page);
    await openTieForm(page, api, from, to);
    const form = page.getByTestId('tie-form');
    await form.getByTestId('form-submit').click();
    const tieId = (await form.getByTestId('form-done').getAttribute('data-record-id'))!;
    created.push(tieId);
    await poll(async () => (await drawnEdgeIds(page)).includes(tieId), true, 20_000);
    const bar = page.getByTestId('undo-bar');
    expect(await bar.textContent()).toMatch(/Last edit: tie from .+ to .+ added\./);
    await bar.getByTestId('undo').click();
    await page.getByTestId('undo-outcome').waitFor();
    expect(await page.getByTestId('undo-outcome').textContent()).toMatch(/^Undone: tie from/);
    const gone = await api.gql(tieQuery, { c: 'tamebridge', id: tieId });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    created.splice(created.indexOf(tieId), 1);
    await poll(async () => (await drawnEdgeIds(page)).includes(tieId), false, 20_000);
    // Nothing left to undo.
    expect(await page.getByTestId('undo').count()).toBe(0);

    // A change to an existing tie: Undo writes the old values back (a new version).
    const snap = await apiSnapshot(api, 'tamebridge', { asOf: today() });
    const edge = snap.edges.find((e) => e.tieIds.length === 1)!;
    const id = edge.tieIds[0];
    const was = (await api.gql(tieQuery, { c: 'tamebridge', id })).data!.tie;
    await page.goto(`${api.url}/?council=tamebridge&selected=${encodeURIComponent(edge.id)}`);
    await waitForMap(page);
    await page.getByTestId('edit-tie').click();
    const edit = page.getByTestId('tie-edit-form');
    const strength = was.strength === 5 ? '1' : '5';
    await edit.locator('[data-field="strength"]').fill(strength);
    await edit.locator('[data-field="note"]').fill('changed, then undone');
    await edit.getByTestId('form-submit').click();
    await edit.getByTestId('form-done').waitFor();
    const changed = (await api.gql(tieQuery, { c: 'tamebridge', id })).data!.tie;
    expect([changed.strength, changed.note]).toEqual([Number(strength), 'changed, then undone']);
    expect(await page.getByTestId('undo-bar').textContent()).toMatch(/Last edit: tie .+ changed\./);
    await page.getByTestId('undo-bar').scrollIntoViewIfNeeded();
    await shot(page, 'edit-undo', { fullPage: false });
    await page.getByTestId('undo').click();
    await page.getByTestId('undo-outcome').waitFor();
    const back = (await api.gql(tieQuery, { c: 'tamebridge', id })).data!.tie;
    expect([back.strength, back.note]).toEqual([was.strength, was.note]);
    // Undo is an edit too: the history keeps the change and its reversal.
    expect(back.version).toBe(was.version + 2);
    await page.close();
  });

  it('dragging from one actor to another in "Draw a tie" mode opens the tie form with both', async () => {
    const [from, to] = await untiedPair(api);
    const page = await signedInPage(browser, api);
    let mutations = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /mutation CreateTie/.test(r.postData() ?? ''))
        mutations += 1;
    });
    await page.goto(`${api.url}/?council=tamebridge`);
    await waitForMap(page);
    // Both ends in view, well apart.
    const canvas = (await page.getByTestId('network-canvas').boundingBox())!;
    const ends = await page.evaluate(
      ([a, b]) => {
        const cy = (globalThis as any).__interweave.cy;
        const pair = cy.getElementById(a).union(cy.getElementById(b));
        cy.fit(pair, 120);
        return [a, b].map((id) => ({
          rendered: cy.getElementById(id).renderedPosition(),
          model: { ...cy.getElementById(id).position() },
        }));
      },
      [from, to],
    );
    await page.getByTestId('draw-tie').click();
    expect(await page.getByTestId('draw-tie').getAttribute('aria-pressed')).toBe('true');
    const at = (i: number) => ({
      x: canvas.x + ends[i].rendered.x,
      y: canvas.y + ends[i].rendered.y,
    });
    await page.mouse.move(at(0).x, at(0).y);
    await page.mouse.down();
    await page.mouse.move(at(1).x, at(1).y, { steps: 12 });
    await page.mouse.up();
    const form = page.getByTestId('tie-form');
    await form.waitFor();
    expect(await form.locator('[data-field="from"]').inputValue()).toBe(`PERSON:${from}`);
    expect(await form.locator('[data-field="to"]').inputValue()).toBe(`PERSON:${to}`);
    // The drag drew, it did not move the node; the line it drew is gone; nothing is saved yet.
    const after = await page.evaluate((id) => {
      const cy = (globalThis as any).__interweave.cy;
      return { at: { ...cy.getElementById(id).position() }, ghost: cy.$('#draw-tie-line').length };
    }, from);
    expect(after).toEqual({ at: ends[0].model, ghost: 0 });
    expect(mutations).toBe(0);
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'edit-draw-tie');
    await page.close();
  });

  it('adding a tie through the form makes it appear on the map', async () => {
    const [from, to] = await untiedPair(api);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge`);
    await waitForMap(page);
    const before = new Set(await drawnEdgeIds(page));
    await openTieForm(page, api, from, to);
    const form = page.getByTestId('tie-form');
    await form.locator('[data-field="strength"]').fill('4');
    // Valid from a week ago, so ending it today (below) is a real period: a period that
    // ends on the day it starts is empty and refused.
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    await form.locator('[data-field="validFrom"]').fill(weekAgo);
    await form.getByTestId('form-submit').click();
    await form.getByTestId('form-done').waitFor();
    const done = form.getByTestId('form-done');
    // The message is in words (the actors' names), the id is kept for tools.
    expect(await done.textContent()).toMatch(/^Tie from .+ to .+ saved/);
    expect(await done.textContent()).not.toMatch(/tie-[0-9a-f]{6}/);
    const tieId = (await done.getAttribute('data-record-id'))!;
    created.push(tieId);
    expect(before.has(tieId)).toBe(false);
    await poll(async () => (await drawnEdgeIds(page)).includes(tieId), true, 20_000);
    const ends = await page.evaluate((id) => {
      const e = (globalThis as any).__interweave.cy.getElementById(id);
      return [e.source().id(), e.target().id(), e.data('typeId')];
    }, tieId);
    expect(ends).toEqual([from, to, 'training']);
    // Its detail panel shows the tie and its history.
    await page.evaluate(
      (id) => (globalThis as any).__interweave.cy.getElementById(id).emit('tap'),
      tieId,
    );
    await page.getByTestId('tie-history').waitFor();
    await shot(page, 'edit-tie-added');

    // A learning note added in the detail panel shows there.
    const detail = page.getByTestId('tie-detail');
    await detail.getByTestId('add-note').click();
    const note = detail.getByTestId('note-form');
    await note.locator('[data-field="categoryId"] option').nth(1).waitFor({ state: 'attached' });
    await note.locator('[data-field="categoryId"]').selectOption({ index: 1 });
    await note
      .locator('[data-field="text"]')
      .fill('Met at the joint training day; swapped numbers.');
    await note.locator('[data-field="authorRole"]').fill('district nurse');
    await note.getByTestId('form-submit').click();
    await note.getByTestId('form-done').waitFor();
    await poll(
      async () => (await detail.getByTestId('notes').textContent())!.includes('swapped numbers'),
      true,
    );

    // Ending the tie today takes it off today's map; its history keeps it.
    await detail.getByTestId('end-tie').click();
    const end = detail.getByTestId('tie-end-form');
    await end.locator('[data-field="reason"]').fill('team moved');
    await end.getByTestId('form-submit').click();
    await end.getByTestId('form-done').waitFor();
    await poll(async () => (await drawnEdgeIds(page)).includes(tieId), false, 20_000);
    const ended = await api.gql(
      `query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) { validTo } }`,
      {
        c: 'tamebridge',
        id: tieId,
      },
    );
    expect(ended.data!.tie.validTo).toBe(today());
    await page.close();
  });

  it('adding a person through the form puts a new node on the map', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge`);
    await waitForMap(page);
    const nodeCount = () => page.getByTestId('network-canvas').getAttribute('data-node-count');
    const before = Number(await nodeCount());
    await page.getByTestId('add-person').click();
    const form = page.getByTestId('person-form');
    await form.locator('[data-field="teamId"] option').nth(1).waitFor({ state: 'attached' });
    await form.locator('[data-field="pseudonym"]').fill('Browser test person');
    await form.locator('[data-field="teamId"]').selectOption({ index: 1 });
    await form.locator('[data-field="professionId"]').selectOption('district-nurse');
    await form.getByTestId('form-submit').click();
    await form.getByTestId('form-done').waitFor();
    const done = form.getByTestId('form-done');
    expect(await done.textContent()).toBe('Browser test person saved (a new person).');
    const id = (await done.getAttribute('data-record-id'))!;
    people.push(id);
    await poll(async () => Number(await nodeCount()), before + 1, 20_000);
    const label = await page.evaluate(
      (pid) => (globalThis as any).__interweave.cy.getElementById(pid).data('label'),
      id,
    );
    expect(label).toBe('Browser test person');
    await page.close();
  });
});
