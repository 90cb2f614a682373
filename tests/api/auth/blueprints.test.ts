import { createCouncil, deleteCouncil } from '../../support/domain-fixtures';
import { startTestApp, TestApp, TestUser } from '../../support/test-app';

const STANDARD = 'blended-roles-trusted-assessment';
const EXPECT = `[{ fromTeamTypeId: "home-care-branch", toTeamTypeId: "district-nursing", tieTypeId: "direct-contact", sameNeighbourhood: true }]`;
const CREATE = (council: string | null) =>
  `mutation { createBlueprint(${council ? `councilId: "${council}", ` : ''}input: { name: "Ours", description: "Ours alone.", expectations: ${EXPECT} }) { id councilId builtIn } }`;

/** Built-in blueprints are read-only, a council's own are its editors', shared ones the system admins'. */
describe('blueprint ownership', () => {
  let api: TestApp;
  let a: string;
  let b: string;
  let editorA: TestUser;
  let viewerB: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    a = (await createCouncil(api, 'Owner A')).id;
    b = (await createCouncil(api, 'Other B')).id;
    editorA = await api.user({ roles: [{ councilId: a, role: 'EDITOR' }] });
    viewerB = await api.user({ roles: [{ councilId: b, role: 'VIEWER' }] });
  });
  afterAll(async () => {
    await deleteCouncil(api, a);
    await deleteCouncil(api, b);
    await api.close();
  });

  it("lets a council's editor own a blueprint that other councils cannot see or use", async () => {
    const made = await editorA.gql(CREATE(a));
    expect(made.errors).toBeUndefined();
    const bp = made.data?.createBlueprint;
    expect(bp).toMatchObject({ councilId: a, builtIn: false });
    const inA = await editorA.gql(
      `query($c: ID!) { blueprints(councilId: $c, limit: 500) { items { id } } }`,
      { c: a },
    );
    expect(inA.data?.blueprints.items.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining([bp.id, STANDARD]),
    );
    const inB = await viewerB.gql(
      `query($c: ID!) { blueprints(councilId: $c, limit: 500) { items { id } } }`,
      { c: b },
    );
    expect(inB.data?.blueprints.items.map((x: { id: string }) => x.id)).not.toContain(bp.id);
    const shared = await viewerB.gql(`{ blueprints(limit: 500) { items { id councilId } } }`);
    expect(
      shared.data?.blueprints.items.every(
        (x: { councilId: string | null }) => x.councilId === null,
      ),
    ).toBe(true);
    for (const res of [
      await viewerB.gql(`query($c: ID!, $id: ID!) { blueprint(councilId: $c, id: $id) { id } }`, {
        c: b,
        id: bp.id,
      }),
      await viewerB.gql(
        `query($c: ID!, $id: ID!) { missingConnections(councilId: $c, blueprintId: $id) { items { rank } } }`,
        { c: b, id: bp.id },
      ),
      await api.gql(
        `query($c: ID!, $id: ID!) { asSystemAdmin: blueprint(councilId: $c, id: $id) { id } }`,
        { c: b, id: bp.id },
      ),
    ]) {
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const used = await editorA.gql(
      `query($c: ID!, $id: ID!) { missingConnections(councilId: $c, blueprintId: $id) { blueprint { id } } }`,
      { c: a, id: bp.id },
    );
    expect(used.data?.missingConnections.blueprint.id).toBe(bp.id);
    const renamed = await editorA.gql(
      `mutation($c: ID!, $id: ID!) { updateBlueprint(councilId: $c, id: $id, input: { name: "Ours v2" }) { name } }`,
      { c: a, id: bp.id },
    );
    expect(renamed.data?.updateBlueprint.name).toBe('Ours v2');
    expect(
      (
        await editorA.gql(
          `mutation($c: ID!, $id: ID!) { deleteBlueprint(councilId: $c, id: $id) }`,
          { c: a, id: bp.id },
        )
      ).data?.deleteBlueprint,
    ).toBe(true);
  });

  it('leaves shared blueprints to system admins and built-in ones to migrations', async () => {
    const refused = await editorA.gql(CREATE(null));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shared = (await api.gql(CREATE(null))).data?.createBlueprint;
    expect(shared).toMatchObject({ councilId: null });
    const viaCouncil = await editorA.gql(
      `mutation($c: ID!, $id: ID!) { updateBlueprint(councilId: $c, id: $id, input: { name: "Mine now" }) { id } }`,
      { c: a, id: shared.id },
    );
    expect(viaCouncil.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = await editorA.gql(
      `mutation($id: ID!) { updateBlueprint(id: $id, input: { name: "Mine now" }) { id } }`,
      { id: shared.id },
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await viewerB.gql(`query($id: ID!) { blueprint(id: $id) { name } }`, {
      id: shared.id,
    });
    expect(read.data?.blueprint.name).toBe('Ours');
    const builtIn = await api.gql(
      `mutation { updateBlueprint(id: "${STANDARD}", input: { name: "Renamed" }) { id } }`,
    );
    expect(builtIn.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      (await api.gql(`mutation($id: ID!) { deleteBlueprint(id: $id) }`, { id: shared.id })).data
        ?.deleteBlueprint,
    ).toBe(true);
  });
});
