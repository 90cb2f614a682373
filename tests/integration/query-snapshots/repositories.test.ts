import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { testConnection } from '../../support/test-neo4j';
import { normalise, normaliseValue, RecordingNeo4jService } from '../../support/recording-neo4j';
import { C, CASES, ClassName, classesOver } from './cases';

/**
 * Reviewed query snapshots, in the manner of neo4j/graphql's TCK tests: every public method
 * of every class that runs Cypher is called once against the real test Neo4j, and the
 * Cypher text and parameters it sent, with its outcome, are compared with the committed snapshot
 * (__snapshots__/repositories.test.ts.snap). A changed query shows as a diff in review;
 * update on purpose with `npx jest tests/integration/query-snapshots --ci=false -u`.
 */
describe('query snapshots', () => {
  const neo4j = new RecordingNeo4jService(testConnection());
  const classes = classesOver(neo4j);

  /** Removes what an earlier, interrupted run may have left (fixed ids, so it must). */
  async function clean(): Promise<void> {
    await neo4j.query(
      `MATCH (n) WHERE n.councilId = $c OR n.id STARTS WITH 'qs-' OR n.key STARTS WITH 'qs-'
       DETACH DELETE n`,
      { c: C },
      'WRITE',
    );
  }

  beforeAll(clean);
  afterAll(async () => {
    await clean();
    await neo4j.driver.close();
  });

  for (const c of CASES) {
    it(`${c.className}.${c.method}`, async () => {
      neo4j.take();
      const outcome = await c.run(classes);
      const queries = neo4j.take();
      expect(queries.length).toBeGreaterThan(0);
      // The outcome shows which path the method took (created, refused, missing ...).
      expect({
        queries: normalise(queries),
        outcome: normaliseValue(c.shown ? c.shown(outcome) : outcome),
      }).toMatchSnapshot();
    });
  }

  it('runs the same statements on a second call (snapshots do not depend on run order)', async () => {
    // Reads are repeatable, so one of them called again must record exactly the same.
    neo4j.take();
    await classes.VocabularyRepository.all();
    const first = normalise(neo4j.take());
    await classes.VocabularyRepository.all();
    expect(normalise(neo4j.take())).toEqual(first);
  });
});

/** The source file that declares a class, to tell its `private` methods from public ones. */
const SOURCES: Record<ClassName, string> = {
  CouncilRepository: 'council/council.repository.ts',
  VocabularyRepository: 'vocabulary/vocabulary.repository.ts',
  OrganisationRepository: 'organisation/organisation.repository.ts',
  TeamRepository: 'team/team.repository.ts',
  PersonRepository: 'person/person.repository.ts',
  MembershipRepository: 'membership/membership.repository.ts',
  WaveRepository: 'wave/wave.repository.ts',
  MomentService: 'moment/moment.service.ts',
  TieRepository: 'tie/tie.repository.ts',
  InterventionRepository: 'intervention/intervention.repository.ts',
  LearningNoteRepository: 'learning-note/learning-note.repository.ts',
  MapLayoutRepository: 'map-layout/map-layout.repository.ts',
  BlueprintRepository: 'blueprint/blueprint.repository.ts',
  AnalyticsContextRepository: 'analytics/context/analytics-context.repository.ts',
  SnapshotRepository: 'analytics/snapshot/snapshot.repository.ts',
  ExportRepository: 'export/export.repository.ts',
  UserRepository: 'user/user.repository.ts',
  ApiTokenRepository: 'api-token/api-token.repository.ts',
  SessionRepository: 'auth/session.repository.ts',
  PasswordResetRepository: 'auth/password-reset.repository.ts',
  OidcLoginRepository: 'auth/oidc/oidc-login.repository.ts',
  SignInThrottleRepository: 'auth/sign-in-throttle.repository.ts',
  AuditEventRepository: 'audit/audit-event.repository.ts',
  ActorRepository: 'membership/actor.repository.ts',
  ImportRepository: 'import/import.repository.ts',
};

const API = join(__dirname, '..', '..', '..', 'api');

describe('query snapshot coverage', () => {
  it('covers every *.repository.ts under api/', () => {
    const found = listRepositories(API).map((p) => p.slice(API.length + 1));
    const covered = Object.values(SOURCES).filter((p) => p.endsWith('.repository.ts'));
    expect(found.sort()).toEqual(covered.sort());
  });

  it.each(Object.keys(SOURCES) as ClassName[])(
    '%s: every public method has a snapshot case',
    (name) => {
      const instance = classesOver(null as never)[name] as object;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      const source = readFileSync(join(API, SOURCES[name]), 'utf8');
      const methods = Object.getOwnPropertyNames(proto).filter(
        (m) =>
          m !== 'constructor' &&
          typeof proto[m] === 'function' &&
          !new RegExp(`\\bprivate\\s+(async\\s+)?${m}\\b`).test(source),
      );
      const cased = new Set(
        CASES.filter((c) => c.className === name).map((c) => c.method.split(' ')[0]),
      );
      expect(methods.filter((m) => !cased.has(m))).toEqual([]);
      expect(methods.length).toBeGreaterThan(0);
    },
  );
});

/** Every *.repository.ts file under `dir`, as absolute paths. */
function listRepositories(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listRepositories(path);
    return name.endsWith('.repository.ts') ? [path] : [];
  });
}
