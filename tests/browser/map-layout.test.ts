import { Browser, Page } from 'playwright-core';
import { Neo4jService } from '../../api/neo4j/neo4j.service';
import { createActors, tieInput } from '../support/actor-fixtures';
import { launchBrowser, signedInPage } from '../support/browser';
import { createCouncil, deleteCouncil, testDb } from '../support/domain-fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { poll, shot, waitForMap } from './map-helpers';

type Positions = Record<string, { x: number; y: number }>;

const LAYOUT = `query($c: ID!) { mapLayout(councilId: $c, level: PEOPLE, grouping: NONE) {
  algorithm updatedAt positions { id x y pinned } } }`;
const CREATE_TIE = `mutation($c: ID!, $input: TieInput!) { createTie(councilId: $c, input: $input) { id } }`;

/** Node centres as drawn, rounded as the API stores them (tenths of a unit). */
function drawnPositions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const cy = (globalThis as any).__interweave.cy;
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes('[kind != "GROUP"]').forEach((n: any) => {
      out[n.id()] = {
        x: Math.round(n.position('x') * 10) / 10,
        y: Math.round(n.position('y') * 10) / 10,
      };
    });
    return out;
  });
}

function expectSamePlaces(actual: Positions, expected: Positions): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, p] of Object.entries(expected)) {
    expect({
      id,
      dx: Math.abs(actual[id].x - p.x) < 0.2,
      dy: Math.abs(actual[id].y - p.y) < 0.2,
    }).toEqual({ id, dx: true, dy: true });
  }
}

/** Drags a node on the canvas with the mouse, by (dx, dy) screen pixels. */
async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const canvas = (await page.getByTestId('network-canvas').boundingBox())!;
  const at = await page.evaluate(
    (nodeId) => (globalThis as any).__interweave.cy.getElementById(nodeId).renderedPosition(),
    id,
  );
  const x = canvas.x + at.x;
  const y = canvas.y + at.y;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.mouse.up();
}

/**
 * The map's positions are the council's: laid out once and saved, the same after a reload,
 * in another browser and for a colleague; drags pin and save; a re-layout keeps pins; a new
 * actor lands beside its neighbour while everyone else stays put.
 */
describe('map layout kept for everyone', () => {
  let api: TestApp;
  let db: Neo4jService;
  let browser: Browser;
  let councilId: string;
  let people: string[];
  let viewer: TestUser;
  let url: string;

  const saved = async () => {
    const res = await api.gql(LAYOUT, { c: councilId });
    expect(res.errors).toBeUndefined();
    return res.data!.mapLayout as {
      algorithm: string;
      updatedAt: string | null;
      positions: { id: string; x: number; y: number; pinned: boolean }[];
    };
  };
  const savedPositions = async (): Promise<Positions> =>
    Object.fromEntries((await saved()).positions.map((p) => [p.id, { x: p.x, y: p.y }]));

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    browser = await launchBrowser();
    councilId = (await createCouncil(api, 'Layout Council')).id;
    people = (await createActors(db, councilId, { people: 8 })).people;
    // A ring of eight, with one chord: a layout with a shape.
    const pairs = people.map((p, i) => [p, people[(i + 1) % people.length]]);
    pairs.push([people[0], people[4]]);
    for (const [from, to] of pairs) {
      const res = await api.gql(CREATE_TIE, {
        c: councilId,
        input: tieInput(from, to, { validFrom: '2020-01-01' }),
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    viewer = await api.user({ roles: [{ councilId, role: 'VIEWER' }] });
    url = `${api.url}/?council=${councilId}`;
  });
  afterAll(async () => {
    await browser?.close();
    await deleteCouncil(api, councilId);
    await db?.driver.close();
    await api?.close();
  });

  it('is laid out once and saved; a reload, another browser and a viewer see the same picture', async () => {
    expect((await saved()).updatedAt).toBeNull();
    const editor = await signedInPage(browser, api);
    await editor.goto(url);
    await waitForMap(editor);
    const first = await drawnPositions(editor);
    expect(Object.keys(first)).toHaveLength(8);
    // Saved for everyone, as drawn.
    await poll(async () => (await saved()).positions.length, 8, 20_000);
    expectSamePlaces(await savedPositions(), first);
    await editor.reload();
    await waitForMap(editor);
    expectSamePlaces(await drawnPositions(editor), first);
    await editor.close();
    const colleague = await signedInPage(browser, api, viewer);
    await colleague.goto(url);
    await waitForMap(colleague);
    expectSamePlaces(await drawnPositions(colleague), first);
    await colleague.close();
  });

  it("a drag pins the node where it was dropped, for everyone; a viewer's drag stays their own", async () => {
    const editor = await signedInPage(browser, api);
    await editor.goto(url);
    await waitForMap(editor);
    const before = await drawnPositions(editor);
    await dragNode(editor, people[2], 120, 80);
    const after = await drawnPositions(editor);
    expect(
      Math.hypot(
        after[people[2]].x - before[people[2]].x,
        after[people[2]].y - before[people[2]].y,
      ),
    ).toBeGreaterThan(50);
    await poll(
      async () => (await saved()).positions.find((p) => p.id === people[2])?.pinned ?? false,
      true,
      20_000,
    );
    expectSamePlaces(await savedPositions(), after);
    await editor.close();

    const colleague = await signedInPage(browser, api, viewer);
    await colleague.goto(url);
    await waitForMap(colleague);
    expectSamePlaces(await drawnPositions(colleague), after);
    await dragNode(colleague, people[5], -100, 60);
    const mine = await drawnPositions(colleague);
    expect(mine[people[5]]).not.toEqual(after[people[5]]);
    expect(await colleague.getByTestId('relayout').getAttribute('title')).toMatch(
      /your role cannot/,
    );
    await colleague.close();
    // Nothing the viewer did reached the shared layout.
    expectSamePlaces(await savedPositions(), after);
  });

  it('re-layout by another algorithm moves the others, keeps the pinned node, and is saved', async () => {
    const editor = await signedInPage(browser, api);
    await editor.goto(url);
    await waitForMap(editor);
    const before = await drawnPositions(editor);
    await editor.getByTestId('layout-algorithm').selectOption('CONCENTRIC');
    await editor.getByTestId('relayout').click();
    await waitForMap(editor);
    await poll(async () => (await saved()).algorithm, 'CONCENTRIC', 20_000);
    const relaid = await drawnPositions(editor);
    expect(relaid[people[2]]).toEqual(before[people[2]]);
    const moved = people.filter(
      (id) =>
        id !== people[2] &&
        Math.hypot(relaid[id].x - before[id].x, relaid[id].y - before[id].y) > 1,
    );
    expect(moved.length).toBeGreaterThan(3);
    // The others clear the pinned node: no two discs overlap.
    const overlaps = await editor.evaluate(() => {
      const nodes = (globalThis as any).__interweave.cy.nodes('[kind != "GROUP"]').toArray();
      const out: string[] = [];
      for (const a of nodes)
        for (const b of nodes) {
          if (a.id() >= b.id()) continue;
          const d = Math.hypot(
            a.position('x') - b.position('x'),
            a.position('y') - b.position('y'),
          );
          if (d < (a.width() + b.width()) / 2) out.push(`${a.id()}~${b.id()}`);
        }
      return out;
    });
    expect(overlaps).toEqual([]);
    expectSamePlaces(await savedPositions(), relaid);
    await shot(editor, 'map-layout-relaid');
    await editor.reload();
    await waitForMap(editor);
    expectSamePlaces(await drawnPositions(editor), relaid);
    expect(await editor.getByTestId('layout-algorithm').inputValue()).toBe('CONCENTRIC');
    await editor.close();
  });

  it('a new actor is placed beside its neighbour; everyone else stays where they were', async () => {
    const before = await savedPositions();
    // Written as createActors writes people, with a pseudonym of its own.
    const newcomer = `${councilId}-newcomer`;
    await db.query(
      `CREATE (:Person {id: $id, councilId: $c, pseudonym: 'P-new', displayName: null,
                        roleTitle: 'Worker', level: 'FRONTLINE', blendedRole: false,
                        validFrom: '2000-01-01', validTo: null, createdAt: toString(datetime())})`,
      { id: newcomer, c: councilId },
      'WRITE',
    );
    const res = await api.gql(CREATE_TIE, {
      c: councilId,
      input: tieInput(newcomer, people[0], { validFrom: '2020-01-01' }),
    });
    expect(res.errors).toBeUndefined();
    const editor = await signedInPage(browser, api);
    await editor.goto(url);
    await waitForMap(editor);
    const now = await drawnPositions(editor);
    const { [newcomer]: placed, ...rest } = now;
    expectSamePlaces(rest, before);
    // Nearer its neighbour than any two of the ring are on average apart.
    const ids = Object.keys(before);
    let total = 0;
    let pairs = 0;
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        total += Math.hypot(before[a].x - before[b].x, before[a].y - before[b].y);
        pairs++;
      }
    const toNeighbour = Math.hypot(placed.x - before[people[0]].x, placed.y - before[people[0]].y);
    expect(toNeighbour).toBeLessThan(total / pairs);
    // And saved, so a colleague sees it there too.
    await poll(async () => (await saved()).positions.length, 9, 20_000);
    expectSamePlaces(await savedPositions(), now);
    await editor.close();
  });
});
