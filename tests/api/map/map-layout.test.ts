import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp, TestUser } from '../../support/test-app';

const GET = `query($c: ID!, $level: NetworkLevel!, $grouping: MapGrouping!) {
  mapLayout(councilId: $c, level: $level, grouping: $grouping) {
    level grouping algorithm updatedAt positions { id x y pinned } } }`;
const SAVE = `mutation($c: ID!, $level: NetworkLevel!, $grouping: MapGrouping!, $input: SaveMapLayoutInput!) {
  saveMapLayout(councilId: $c, level: $level, grouping: $grouping, input: $input) {
    algorithm positions { id x y pinned } } }`;

type Position = { id: string; x: number; y: number; pinned: boolean };

/**
 * Saved map layouts: one per council, level and grouping, shared by everyone in the council.
 * Read back through the API (what another browser or a colleague gets) and counted in Neo4j.
 */
describe('saved map layouts', () => {
  let api: TestApp;
  let db: Neo4jService;
  let councilId: string;
  let editor: TestUser;
  let viewer: TestUser;
  const at = { level: 'PEOPLE', grouping: 'NONE' };

  const read = async (who: { gql: TestApp['gql'] }, where = at): Promise<Position[] | null> => {
    const res = await who.gql(GET, { c: councilId, ...where });
    expect(res.errors).toBeUndefined();
    const layout = res.data?.mapLayout as { positions: Position[]; updatedAt: string | null };
    // Never laid out: no positions, and no time it was saved.
    if (layout.updatedAt === null) {
      expect(layout.positions).toEqual([]);
      return null;
    }
    return [...layout.positions].sort((a, b) => a.id.localeCompare(b.id));
  };
  const save = (who: { gql: TestApp['gql'] }, input: Record<string, unknown>, where = at) =>
    who.gql(SAVE, { c: councilId, ...where, input });

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    councilId = (await createCouncil(api)).id;
    editor = await api.user({ roles: [{ councilId, role: 'EDITOR' }] });
    viewer = await api.user({ roles: [{ councilId, role: 'VIEWER' }] });
  });
  afterAll(async () => {
    await deleteCouncil(api, councilId);
    await db.driver.close();
    await api.close();
  });

  it('is null until saved; then every member of the council reads the same positions', async () => {
    expect(await read(viewer)).toBeNull();
    const res = await save(editor, {
      replace: true,
      algorithm: 'FORCE',
      positions: [
        { id: 'p-a', x: 10, y: 20 },
        { id: 'p-b', x: -30.5, y: 40.25, pinned: true },
      ],
    });
    expect(res.errors).toBeUndefined();
    const expected = [
      { id: 'p-a', x: 10, y: 20, pinned: false },
      { id: 'p-b', x: -30.5, y: 40.25, pinned: true },
    ];
    expect(await read(viewer)).toEqual(expected);
    expect(await read(editor)).toEqual(expected);
    // Another level or grouping is another map.
    expect(await read(viewer, { level: 'TEAMS', grouping: 'NONE' })).toBeNull();
    expect(await read(viewer, { level: 'PEOPLE', grouping: 'ORGANISATION' })).toBeNull();
  });

  it('a drag moves only the nodes sent; a re-layout (replace) drops the rest', async () => {
    await save(editor, { positions: [{ id: 'p-a', x: 99, y: 98, pinned: true }] });
    expect(await read(viewer)).toEqual([
      { id: 'p-a', x: 99, y: 98, pinned: true },
      { id: 'p-b', x: -30.5, y: 40.25, pinned: true },
    ]);
    const res = await save(editor, {
      replace: true,
      algorithm: 'CONCENTRIC',
      positions: [{ id: 'p-c', x: 1, y: 2 }],
    });
    expect(res.data?.saveMapLayout.algorithm).toBe('CONCENTRIC');
    expect(await read(viewer)).toEqual([{ id: 'p-c', x: 1, y: 2, pinned: false }]);
  });

  it('ten editors dragging different nodes at once: every drag is kept', async () => {
    await save(editor, { replace: true, positions: [] });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        save(editor, { positions: [{ id: `n-${i}`, x: i, y: -i }] }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const saved = await read(viewer);
    expect(saved?.map((p) => p.id).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `n-${i}`).sort(),
    );
    const stored = await db.query(`MATCH (l:MapLayout {councilId: $c}) RETURN count(l) AS n`, {
      c: councilId,
    });
    expect(stored.records[0].get('n')).toBe(1);
  });

  it('a viewer may read but not save: FORBIDDEN, and the saved map is unchanged', async () => {
    const before = await read(viewer);
    const res = await save(viewer, { positions: [{ id: 'n-1', x: 500, y: 500 }] });
    expectCode(res, 'FORBIDDEN');
    expect(await read(viewer)).toEqual(before);
  });

  it.each([
    ['a coordinate out of range', { id: 'n-1', x: 1e300, y: 0 }, 'x'],
    ['an id that is not an id', { id: 'MATCH (n) DETACH DELETE n', x: 0, y: 0 }, 'id'],
  ])('%s is refused with a field error and writes nothing', async (_what, position, field) => {
    const before = await read(viewer);
    const res = await save(editor, { positions: [{ id: 'n-2', x: 7, y: 7 }, position] });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await read(viewer)).toEqual(before);
  });

  it('a saved layout does not stop deleting an empty council, and goes with it', async () => {
    const other = (await createCouncil(api)).id;
    const saved = await api.gql(SAVE, {
      c: other,
      ...at,
      input: { positions: [{ id: 'x', x: 1, y: 1 }] },
    });
    expect(saved.errors).toBeUndefined();
    const res = await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c) }`, { c: other });
    expect(res.errors).toBeUndefined();
    // The audit trail outlives the council it records; nothing else may.
    const left = await db.query(
      `MATCH (n {councilId: $c}) WHERE NOT n:AuditEvent RETURN count(n) AS n`,
      { c: other },
    );
    expect(left.records[0].get('n')).toBe(0);
  });
});
