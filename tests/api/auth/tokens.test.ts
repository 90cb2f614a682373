import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { sha256 } from '../../../api/auth/secrets';
import { createCouncil, deleteCouncil, testDb } from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';

const CREATE = `mutation($n: String!, $e: String!) {
  createApiToken(input: { name: $n, expiresAt: $e }) { secret token { id name expiresAt revokedAt } } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** API tokens: how researchers pull data into R or Python. */
describe('API tokens', () => {
  let api: TestApp;
  let db: Neo4jService;
  let council: string;
  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    council = (await createCouncil(api, 'Token Council')).id;
  });
  afterAll(async () => {
    await deleteCouncil(api, council);
    await db.driver.close();
    await api.close();
  });

  it('returns the secret once, stores only its hash, and acts as the user with the same roles', async () => {
    const researcher = await api.user({ roles: [{ councilId: council, role: 'RESEARCHER' }] });
    const made = await researcher.gql(CREATE, { n: 'R analysis', e: inDays(30) });
    expect(made.errors).toBeUndefined();
    const { secret, token } = made.data?.createApiToken ?? {};
    expect(secret).toMatch(/^iw\.tok-[\w-]+\.[\w-]{40,}$/);
    const stored = await db.query('MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS t', {
      id: token.id,
    });
    const props = stored.records[0].get('t') as Record<string, unknown>;
    expect(props.hash).toBe(sha256(secret.split('.')[2]));
    expect(JSON.stringify(props)).not.toContain(secret.split('.')[2]);
    // The secret is never shown again.
    const listed = await researcher.gql(`{ apiTokens { id name } }`);
    expect(JSON.stringify(listed.data)).not.toContain(secret.split('.')[2]);
    expect(listed.data?.apiTokens).toEqual([{ id: token.id, name: 'R analysis' }]);

    const bearer = api.gqlWith({ authorization: `Bearer ${secret}` });
    const me = await bearer(`{ me { id roles { councilId role } } }`);
    expect(me.data?.me).toEqual({
      id: researcher.id,
      roles: [{ councilId: council, role: 'RESEARCHER' }],
    });
    const read = await bearer(`query($c: ID!) { people(councilId: $c) { total } }`, { c: council });
    expect(read.data?.people.total).toBe(0);
    // Same roles: a researcher's token cannot write.
    const write = await bearer(
      `mutation($c: ID!) { createWave(councilId: $c, input: { label: "W", date: "2023-01-01", method: "m" }) { id } }`,
      { c: council },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A token cannot mint more tokens.
    const mint = await bearer(CREATE, { n: 'another', e: inDays(1) });
    expect(mint.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Its use is audited: a researcher's person-level read, through the named token.
    const audit = await api.gql(
      `query($c: ID!, $u: ID!) { auditEvents(councilId: $c, userId: $u) { items { action operation viaToken } } }`,
      { c: council, u: researcher.id },
    );
    expect(audit.data?.auditEvents.items).toEqual([
      { action: 'PERSON_DATA_READ', operation: 'people', viaToken: 'R analysis' },
    ]);
  });

  it('stops working when revoked, when expired, and when the user is disabled', async () => {
    const viewer = await api.user({ roles: [{ councilId: council, role: 'VIEWER' }] });
    const ME = `{ me { id } }`;
    const make = async (name: string) =>
      (await viewer.gql(CREATE, { n: name, e: inDays(10) })).data?.createApiToken;

    // A viewer's pull of council data through a token is audited as an export.
    const exporter = await make('export');
    await api.gqlWith({ authorization: `Bearer ${exporter.secret}` })(
      `query($c: ID!) { waves(councilId: $c) { total } }`,
      { c: council },
    );
    const exports = await api.gql(
      `query($c: ID!, $u: ID!) { auditEvents(councilId: $c, userId: $u, action: "TOKEN_EXPORT") { items { operation viaToken } } }`,
      { c: council, u: viewer.id },
    );
    expect(exports.data?.auditEvents.items).toEqual([{ operation: 'waves', viaToken: 'export' }]);

    const revoked = await make('to revoke');
    expect((await api.gqlWith({ authorization: `Bearer ${revoked.secret}` })(ME)).data?.me.id).toBe(
      viewer.id,
    );
    const rev = await viewer.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id: revoked.token.id,
    });
    expect(rev.data?.revokeApiToken.revokedAt).toBeTruthy();
    const afterRevoke = await api.gqlWith({ authorization: `Bearer ${revoked.secret}` })(ME);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(afterRevoke.errors?.[0].message).toMatch(/API token/);

    const expiring = await make('to expire');
    await db.query(
      `MATCH (t:ApiToken {id: $id}) SET t.expiresAt = '2001-01-01T00:00:00.000Z'`,
      { id: expiring.token.id },
      'WRITE',
    );
    expect(
      (await api.gqlWith({ authorization: `Bearer ${expiring.secret}` })(ME)).errors?.[0]
        ?.extensions?.code,
    ).toBe('UNAUTHENTICATED');

    const kept = await make('kept');
    const tampered = kept.secret.slice(0, -2) + (kept.secret.endsWith('aa') ? 'bb' : 'aa');
    expect(
      (await api.gqlWith({ authorization: `Bearer ${tampered}` })(ME)).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await api.gqlWith({ authorization: 'Bearer nonsense' })(ME)).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    await api.gql(`mutation($u: ID!) { disableUser(userId: $u) { id } }`, { u: viewer.id });
    const disabled = await api.gqlWith({ authorization: `Bearer ${kept.secret}` })(ME);
    expect(disabled.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expectNoInternals(disabled);
  });

  it("refuses a token that expires in the past or more than a year ahead, or another user's token", async () => {
    const one = await api.user();
    const other = await api.user();
    for (const e of [inDays(-1), inDays(400)]) {
      const res = await one.gql(CREATE, { n: 'bad', e });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).toContain('input.expiresAt');
    }
    const mine = (await one.gql(CREATE, { n: 'mine', e: inDays(5) })).data?.createApiToken;
    const steal = await other.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      id: mine.token.id,
    });
    expect(steal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await api.gqlWith({ authorization: `Bearer ${mine.secret}` })(`{ me { id } }`)).data?.me.id,
    ).toBe(one.id);
  });
});
