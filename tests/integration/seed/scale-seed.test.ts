import { loadThroughApi } from '../../../seed/api-loader';
import { generateScale } from '../../../seed/generator/scale';
import { deleteCouncil, testDb } from '../../support/domain-fixtures';
import { startTestApp, TestApp } from '../../support/test-app';

describe('scale mode through the batch API path', () => {
  let api: TestApp;
  const data = generateScale({
    people: 1000,
    ties: 10_000,
    seed: 3,
    councilId: `scale-test-${Date.now().toString(36)}`,
  });
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await deleteCouncil(api, data.council.id);
    await api.close();
  });

  it('loads every person and tie of a generated council through createPeople / createTies', async () => {
    const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
      const res = await api.gql<T>(query, variables);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data as T;
    };
    await loadThroughApi(gql, data);
    const db = testDb();
    try {
      const counts = await db.query<{ people: number; ties: number; members: number }>(
        `RETURN COUNT { MATCH (p:Person) WHERE p.councilId = $c } AS people,
                COUNT { MATCH (t:Tie) WHERE t.councilId = $c } AS ties,
                COUNT { MATCH (p:Person)-[:MEMBER_OF]->(:Team) WHERE p.councilId = $c } AS members`,
        { c: data.council.id },
      );
      expect(counts.records[0].toObject()).toEqual({ people: 1000, ties: 10_000, members: 1000 });
    } finally {
      await db.driver.close();
    }
  }, 180_000);
});
