import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  earlierEnd,
  earlierEndCypher,
  isValidAt,
  overlapsCypher,
  Period,
  periodsOverlap,
  validAtCypher,
} from '../../../api/neo4j/validity';
import { testDb } from '../../support/domain-fixtures';

const DATES = ['2020-01-01', '2021-06-30', '2021-07-01', '2022-01-01', '2023-12-31'];
const ENDS: (string | null)[] = [null, ...DATES];
const PERIODS: Period[] = DATES.flatMap((from) =>
  ENDS.filter((to) => to === null || to > from).map((to) => ({ validFrom: from, validTo: to })),
);

/** The validity rule exists once in Cypher and once in TypeScript; they must agree everywhere. */
describe('the validity-period rule, in Cypher and in TypeScript', () => {
  let db: Neo4jService;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(() => db.driver.close());

  it('agrees on "valid at" for every period and date', async () => {
    const cases = PERIODS.flatMap((p) => DATES.map((d) => ({ p, d })));
    const result = await db.query<{ v: boolean[] }>(
      `UNWIND $cases AS c WITH c.p AS p, c.d AS d RETURN collect(${validAtCypher('p', 'd')}) AS v`,
      { cases },
    );
    expect(result.records[0].get('v')).toEqual(cases.map(({ p, d }) => isValidAt(p, d)));
  });

  it('agrees on "overlaps" for every pair of periods', async () => {
    const cases = PERIODS.flatMap((a) => PERIODS.map((b) => ({ a, b })));
    const result = await db.query<{ v: boolean[] }>(
      `UNWIND $cases AS c WITH c.a AS a, c.b AS b
       RETURN collect(${overlapsCypher('a', 'b.validFrom', 'b.validTo')}) AS v`,
      { cases },
    );
    expect(result.records[0].get('v')).toEqual(cases.map(({ a, b }) => periodsOverlap(a, b)));
  });

  it('agrees on "the earlier end"', async () => {
    const cases = ENDS.flatMap((a) => ENDS.map((b) => ({ a, b })));
    const result = await db.query<{ v: (string | null)[] }>(
      `UNWIND $cases AS c RETURN collect(${earlierEndCypher('c.a', 'c.b')}) AS v`,
      { cases },
    );
    // collect() drops nulls, so compare the non-null answers in order and count the nulls.
    const expected = cases.map(({ a, b }) => earlierEnd(a, b));
    expect(result.records[0].get('v')).toEqual(expected.filter((e) => e !== null));
    expect(expected.filter((e) => e === null)).toHaveLength(1);
  });
});
