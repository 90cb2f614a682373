import { Label } from '../../../graph/labels';
import { AnalyticsContextRepository } from '../../../api/analytics/context/analytics-context.repository';
import { SnapshotRepository } from '../../../api/analytics/snapshot/snapshot.repository';
import { ExportRepository } from '../../../api/export/export.repository';
import { ApiTokenRepository } from '../../../api/api-token/api-token.repository';
import { AuditEventRepository } from '../../../api/audit/audit-event.repository';
import { OidcLoginRepository } from '../../../api/auth/oidc/oidc-login.repository';
import { PasswordResetRepository } from '../../../api/auth/password-reset.repository';
import { SessionRepository } from '../../../api/auth/session.repository';
import { SignInThrottleRepository } from '../../../api/auth/sign-in-throttle.repository';
import { BlueprintRepository } from '../../../api/blueprint/blueprint.repository';
import { CouncilRepository } from '../../../api/council/council.repository';
import { InterventionRepository } from '../../../api/intervention/intervention.repository';
import { InterventionKind } from '../../../api/intervention/models/intervention.model';
import { LearningNoteRepository } from '../../../api/learning-note/learning-note.repository';
import { NoteTargetKind } from '../../../api/learning-note/models/learning-note.model';
import { ActorRepository } from '../../../api/membership/actor.repository';
import { MembershipRepository } from '../../../api/membership/membership.repository';
import { MembershipKind } from '../../../api/membership/models/membership.model';
import { MomentService } from '../../../api/moment/moment.service';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { OrganisationRepository } from '../../../api/organisation/organisation.repository';
import { PersonLevel } from '../../../api/person/models/person.model';
import { PersonRepository } from '../../../api/person/person.repository';
import { TeamRepository } from '../../../api/team/team.repository';
import { TieFrequency, TieSource } from '../../../api/tie/models/tie.enums';
import { ActorKind } from '../../../api/tie/models/tie.enums';
import { TieRepository } from '../../../api/tie/tie.repository';
import { TieRow } from '../../../api/tie/tie.types';
import { UserRepository } from '../../../api/user/user.repository';
import { CouncilRole } from '../../../api/auth/roles';
import { VocabularyRepository } from '../../../api/vocabulary/vocabulary.repository';
import { WaveRepository } from '../../../api/wave/wave.repository';
import { MapLayoutRepository } from '../../../api/map-layout/map-layout.repository';
import { MapAlgorithm } from '../../../api/map-layout/models/map-layout.enums';
import { ImportRepository } from '../../../api/import/import.repository';
import type { ImportPlan, PlannedRecord } from '../../../api/import/import-plan';

/**
 * Every class that runs Cypher, and for each of its public methods one call in a story
 * over fixed ids (the council "qs-council" and its records), so each snapshot shows the
 * statements of the method's main path. The cases run in this order: creates first,
 * deletes last. A method without a case fails the coverage test.
 */
export const C = 'qs-council';
const NB = 'qs-north';
const ORG = 'qs-org';
const TEAM = 'qs-team';
const P1 = 'qs-person-1';
const P2 = 'qs-person-2';
const WAVE = 'qs-wave';
const TIE = 'qs-tie';
const USER = 'qs-user';
const AT = '2024-05-01T10:00:00.000Z';
const LATER = '2024-05-02T10:00:00.000Z';
const scope = { councilId: C, actor: 'query-snapshots', revealNames: false, researcher: false };

/** The repositories and services under test, all over one recording Neo4jService. */
export function classesOver(neo4j: Neo4jService) {
  return {
    CouncilRepository: new CouncilRepository(neo4j),
    VocabularyRepository: new VocabularyRepository(neo4j),
    OrganisationRepository: new OrganisationRepository(neo4j),
    TeamRepository: new TeamRepository(neo4j),
    PersonRepository: new PersonRepository(neo4j),
    MembershipRepository: new MembershipRepository(neo4j),
    WaveRepository: new WaveRepository(neo4j),
    MapLayoutRepository: new MapLayoutRepository(neo4j),
    MomentService: new MomentService(neo4j),
    TieRepository: new TieRepository(neo4j),
    InterventionRepository: new InterventionRepository(neo4j),
    LearningNoteRepository: new LearningNoteRepository(neo4j),
    BlueprintRepository: new BlueprintRepository(neo4j),
    AnalyticsContextRepository: new AnalyticsContextRepository(neo4j),
    SnapshotRepository: new SnapshotRepository(neo4j),
    ExportRepository: new ExportRepository(neo4j),
    UserRepository: new UserRepository(neo4j),
    ApiTokenRepository: new ApiTokenRepository(neo4j),
    SessionRepository: new SessionRepository(neo4j),
    PasswordResetRepository: new PasswordResetRepository(neo4j),
    OidcLoginRepository: new OidcLoginRepository(neo4j),
    SignInThrottleRepository: new SignInThrottleRepository(neo4j),
    AuditEventRepository: new AuditEventRepository(neo4j),
    ActorRepository: new ActorRepository(neo4j),
    ImportRepository: new ImportRepository(neo4j),
  };
}

type Classes = ReturnType<typeof classesOver>;
export type ClassName = keyof Classes;

export interface SnapshotCase {
  className: ClassName;
  method: string;
  /** Calls the method once; a case may be named `method (variant)` to show a branch. */
  run: (c: Classes) => Promise<unknown>;
  /** What of the outcome goes into the snapshot, when it depends on other tests' data. */
  shown?: (outcome: unknown) => unknown;
}

const tie = (id: string, from: string, to: string): TieRow => ({
  id,
  fromId: from,
  fromKind: ActorKind.PERSON,
  toId: to,
  toKind: ActorKind.PERSON,
  typeId: 'direct-contact',
  directed: false,
  strength: 3,
  frequency: TieFrequency.WEEKLY,
  integrationLevel: 4,
  trust: null,
  source: TieSource.WORKSHOP,
  confidence: 0.8,
  waveId: WAVE,
  validFrom: '2021-01-01',
  validTo: null,
  note: null,
  recordedAt: AT,
});

const personFilter = {
  teamId: null,
  professionId: null,
  level: null,
  blendedRole: null,
  organisationId: null,
  neighbourhoodId: null,
  search: null,
};

const expectation = {
  id: 'qs-blueprint-e1',
  fromTeamTypeId: 'home-care-branch',
  toTeamTypeId: 'district-nursing',
  tieTypeId: 'direct-contact',
  sameNeighbourhood: true,
  description: 'Carers and nurses know each other.',
};

export const CASES: SnapshotCase[] = [
  // ---- the council and its vocabularies ----
  {
    className: 'CouncilRepository',
    method: 'create',
    run: (c) =>
      c.CouncilRepository.create({
        id: C,
        name: 'Query snapshots',
        region: null,
        description: null,
        synthetic: true,
        neighbourhoods: [{ id: NB, name: 'North' }],
      }),
  },
  { className: 'CouncilRepository', method: 'get', run: (c) => c.CouncilRepository.get(C) },
  {
    className: 'CouncilRepository',
    method: 'list',
    run: (c) => c.CouncilRepository.list([C], 'query', 0, 10),
  },
  {
    className: 'CouncilRepository',
    method: 'update',
    run: (c) => c.CouncilRepository.update(C, { description: 'Snapshots of every query' }),
  },
  {
    className: 'CouncilRepository',
    method: 'addNeighbourhood',
    run: (c) => c.CouncilRepository.addNeighbourhood(C, { id: 'qs-south', name: 'South' }),
  },
  {
    className: 'CouncilRepository',
    method: 'renameNeighbourhood',
    run: (c) => c.CouncilRepository.renameNeighbourhood(C, 'qs-south', 'Southside'),
  },
  {
    className: 'CouncilRepository',
    method: 'removeNeighbourhood',
    run: (c) => c.CouncilRepository.removeNeighbourhood(C, 'qs-south'),
  },
  {
    className: 'CouncilRepository',
    method: 'existingInCouncil',
    run: (c) => c.CouncilRepository.existingInCouncil(C, Label.Neighbourhood, [NB, 'qs-nowhere']),
  },
  { className: 'VocabularyRepository', method: 'all', run: (c) => c.VocabularyRepository.all() },
  {
    className: 'VocabularyRepository',
    method: 'missing',
    run: (c) => c.VocabularyRepository.missing(Label.TieType, ['direct-contact', 'qs-unknown']),
  },
  // ---- actors and memberships ----
  {
    className: 'OrganisationRepository',
    method: 'create',
    run: (c) =>
      c.OrganisationRepository.create(C, {
        id: ORG,
        name: 'Practice',
        typeId: 'gp-practice',
        sectorId: 'nhs',
        neighbourhoodIds: [NB],
        validFrom: '2020-01-01',
        validTo: null,
      }),
  },
  {
    className: 'OrganisationRepository',
    method: 'get',
    run: (c) => c.OrganisationRepository.get(C, ORG),
  },
  {
    className: 'OrganisationRepository',
    method: 'list',
    run: (c) =>
      c.OrganisationRepository.list(
        C,
        { typeId: null, sectorId: 'nhs', neighbourhoodId: NB, search: null },
        '2024-01-01',
        0,
        10,
      ),
  },
  {
    className: 'OrganisationRepository',
    method: 'update',
    run: (c) => c.OrganisationRepository.update(C, ORG, { name: 'Practice North' }, [NB]),
  },
  {
    className: 'TeamRepository',
    method: 'create',
    run: (c) =>
      c.TeamRepository.create(
        C,
        {
          id: TEAM,
          name: 'Nurses',
          typeId: 'district-nursing',
          neighbourhoodId: NB,
          validFrom: '2020-01-01',
          validTo: null,
        },
        { membershipId: 'qs-team-in-org', organisationId: ORG },
        '2024-01-01',
      ),
  },
  {
    className: 'TeamRepository',
    method: 'get',
    run: (c) => c.TeamRepository.get(C, TEAM, '2024-01-01'),
  },
  {
    className: 'TeamRepository',
    method: 'list',
    run: (c) =>
      c.TeamRepository.list(
        C,
        { typeId: null, organisationId: ORG, neighbourhoodId: null, sectorId: null, search: 'nur' },
        '2024-01-01',
        0,
        10,
      ),
  },
  {
    className: 'TeamRepository',
    method: 'update',
    run: (c) => c.TeamRepository.update(C, TEAM, { name: 'District nurses' }, '2024-01-01'),
  },
  {
    className: 'PersonRepository',
    method: 'createMany',
    run: (c) =>
      c.PersonRepository.createMany(
        C,
        [P1, P2].map((id, i) => ({
          id,
          pseudonym: `QS-${i + 1}`,
          displayName: null,
          roleTitle: null,
          level: PersonLevel.FRONTLINE,
          blendedRole: false,
          validFrom: '2020-06-01',
          validTo: null,
          teamId: TEAM,
          teamMembershipId: `${id}-in-team`,
          professionId: null,
          professionMembershipId: `${id}-profession`,
        })),
      ),
  },
  {
    className: 'PersonRepository',
    method: 'get',
    run: (c) => c.PersonRepository.get(C, P1, '2024-01-01', false),
  },
  {
    className: 'PersonRepository',
    method: 'list',
    run: (c) =>
      c.PersonRepository.list(C, { ...personFilter, teamId: TEAM }, '2024-01-01', {
        offset: 0,
        limit: 10,
        revealNames: false,
      }),
  },
  {
    className: 'PersonRepository',
    method: 'update',
    run: (c) => c.PersonRepository.update(C, P1, { roleTitle: 'Nurse' }, '2024-01-01', true),
  },
  {
    className: 'PersonRepository',
    method: 'takenPseudonyms',
    run: (c) => c.PersonRepository.takenPseudonyms(C, ['QS-1', 'QS-9'], P2),
  },
  {
    className: 'MembershipRepository',
    method: 'add',
    run: (c) =>
      c.MembershipRepository.add(C, {
        id: 'qs-profession',
        kind: MembershipKind.PROFESSION,
        fromId: P1,
        toId: 'social-worker',
        validFrom: '2021-01-01',
        validTo: null,
      }),
  },
  {
    className: 'MembershipRepository',
    method: 'find',
    run: (c) => c.MembershipRepository.find(C, 'qs-profession'),
  },
  {
    className: 'MembershipRepository',
    method: 'list',
    run: (c) => c.MembershipRepository.list(C, { label: Label.Person, id: P1 }, '2024-01-01'),
  },
  {
    className: 'MembershipRepository',
    method: 'end',
    run: (c) => c.MembershipRepository.end(C, 'qs-profession', '2025-01-01'),
  },
  {
    className: 'MembershipRepository',
    method: 'delete',
    run: (c) => c.MembershipRepository.delete(C, 'qs-profession'),
  },
  {
    className: 'ActorRepository',
    method: 'periods',
    run: (c) => c.ActorRepository.periods(C, Label.Person, [P1, P2]),
  },
  // ---- waves and the moment ----
  {
    className: 'WaveRepository',
    method: 'create',
    run: (c) =>
      c.WaveRepository.create(C, {
        id: WAVE,
        label: 'Baseline',
        date: '2021-06-01',
        method: 'survey',
        responseRate: 0.5,
      }),
  },
  { className: 'WaveRepository', method: 'get', run: (c) => c.WaveRepository.get(C, WAVE) },
  {
    className: 'MapLayoutRepository',
    method: 'save',
    run: (c) =>
      c.MapLayoutRepository.save(
        C,
        'PEOPLE|NONE',
        [{ id: P1, x: 1, y: 2, pinned: true }],
        false,
        MapAlgorithm.FORCE,
        'query-snapshots',
      ),
    shown: (layout) => ({ ...(layout as object), updatedAt: '<now>' }),
  },
  {
    className: 'MapLayoutRepository',
    method: 'get',
    run: (c) => c.MapLayoutRepository.get(C, 'PEOPLE|NONE'),
    shown: (layout) => ({ ...(layout as object), updatedAt: '<now>' }),
  },
  { className: 'WaveRepository', method: 'list', run: (c) => c.WaveRepository.list(C, 0, 10) },
  {
    className: 'WaveRepository',
    method: 'update',
    run: (c) => c.WaveRepository.update(C, WAVE, { method: 'interviews' }),
  },
  {
    className: 'MomentService',
    method: 'resolve',
    run: (c) => c.MomentService.resolve(scope, { wave: WAVE }),
  },
  {
    className: 'MomentService',
    method: 'resolveIfGiven',
    run: (c) => c.MomentService.resolveIfGiven(scope, { wave: WAVE }),
  },
  {
    className: 'MomentService',
    method: 'waveDate',
    run: (c) => c.MomentService.waveDate(scope, WAVE),
  },
  // ---- ties ----
  {
    className: 'TieRepository',
    method: 'createMany',
    run: (c) =>
      c.TieRepository.createMany(
        C,
        [{ row: tie(TIE, P1, P2), index: 0, endpoints: true, identity: true }],
        true,
      ),
  },
  {
    className: 'TieRepository',
    method: 'get',
    run: (c) => c.TieRepository.get(C, TIE, '2024-01-01', false),
  },
  {
    className: 'TieRepository',
    method: 'list',
    run: (c) =>
      c.TieRepository.list(
        C,
        '2024-01-01',
        {
          typeId: null,
          actorId: P1,
          fromKind: null,
          toKind: null,
          minStrength: 2,
          sectorId: null,
          source: null,
        },
        { offset: 0, limit: 10, revealNames: false },
      ),
  },
  {
    className: 'TieRepository',
    method: 'update',
    run: (c) =>
      c.TieRepository.update(
        C,
        TIE,
        { strength: 4 },
        { versionId: 'qs-tie-v1', at: AT, actor: 'query-snapshots', reason: 'workshop' },
      ),
  },
  // ---- learning ----
  {
    className: 'InterventionRepository',
    method: 'create',
    run: (c) =>
      c.InterventionRepository.create(C, {
        id: 'qs-intervention',
        date: '2022-01-10',
        label: 'Facilitator',
        kind: InterventionKind.FACILITATOR_APPOINTED,
        description: null,
      }),
  },
  {
    className: 'InterventionRepository',
    method: 'get',
    run: (c) => c.InterventionRepository.get(C, 'qs-intervention'),
  },
  {
    className: 'InterventionRepository',
    method: 'list',
    run: (c) =>
      c.InterventionRepository.list(C, { kind: null, from: '2022-01-01', to: null }, 0, 10),
  },
  {
    className: 'InterventionRepository',
    method: 'update',
    run: (c) => c.InterventionRepository.update(C, 'qs-intervention', { label: 'Facilitators' }),
  },
  {
    className: 'LearningNoteRepository',
    method: 'create',
    run: (c) =>
      c.LearningNoteRepository.create(C, {
        id: 'qs-note',
        categoryId: 'surprise',
        text: 'They had never met.',
        date: '2022-02-01',
        authorRole: 'facilitator',
        target: { kind: NoteTargetKind.TEAM, id: TEAM },
      }),
  },
  {
    className: 'LearningNoteRepository',
    method: 'get',
    run: (c) => c.LearningNoteRepository.get(C, 'qs-note'),
  },
  {
    className: 'LearningNoteRepository',
    method: 'list',
    run: (c) =>
      c.LearningNoteRepository.list(
        C,
        {
          targetKind: NoteTargetKind.TEAM,
          targetId: TEAM,
          categoryId: null,
          from: null,
          to: null,
          search: 'met',
        },
        0,
        10,
      ),
  },
  {
    className: 'LearningNoteRepository',
    method: 'update',
    run: (c) =>
      c.LearningNoteRepository.update(C, 'qs-note', {
        categoryId: 'what-helped',
        target: { kind: NoteTargetKind.TIE, id: TIE },
      }),
  },
  {
    className: 'BlueprintRepository',
    method: 'create',
    run: (c) =>
      c.BlueprintRepository.create({
        id: 'qs-blueprint',
        councilId: C,
        name: 'Query snapshots',
        description: 'One expectation',
        expectations: [expectation],
      }),
  },
  {
    className: 'BlueprintRepository',
    method: 'get',
    run: (c) => c.BlueprintRepository.get('qs-blueprint', C),
  },
  {
    className: 'BlueprintRepository',
    method: 'list',
    run: (c) => c.BlueprintRepository.list(C, 'query', 0, 10),
  },
  {
    className: 'BlueprintRepository',
    method: 'update',
    run: (c) =>
      c.BlueprintRepository.update('qs-blueprint', C, {
        name: 'Query snapshots, renamed',
        expectations: [{ ...expectation, id: 'qs-blueprint-e2', sameNeighbourhood: false }],
      }),
  },
  // ---- analytics inputs ----
  {
    className: 'AnalyticsContextRepository',
    method: 'waves',
    run: (c) => c.AnalyticsContextRepository.waves(C),
  },
  {
    className: 'AnalyticsContextRepository',
    method: 'interventions',
    run: (c) => c.AnalyticsContextRepository.interventions(C),
  },
  {
    className: 'AnalyticsContextRepository',
    method: 'councilNames',
    run: (c) => c.AnalyticsContextRepository.councilNames([C]),
  },
  {
    className: 'AnalyticsContextRepository',
    method: 'neighbourhoodNames',
    run: (c) => c.AnalyticsContextRepository.neighbourhoodNames(C),
  },
  {
    className: 'AnalyticsContextRepository',
    method: 'blueprint',
    run: (c) => c.AnalyticsContextRepository.blueprint('qs-blueprint', C),
  },
  {
    className: 'SnapshotRepository',
    method: 'load',
    run: (c) => c.SnapshotRepository.load(C, '2024-01-01', false),
  },
  {
    className: 'SnapshotRepository',
    method: 'dataVersion',
    run: (c) => c.SnapshotRepository.dataVersion(C),
  },
  {
    className: 'ExportRepository',
    method: 'tieDetails',
    run: (c) => c.ExportRepository.tieDetails(C, [TIE]),
  },
  {
    className: 'ExportRepository',
    method: 'history',
    run: (c) => c.ExportRepository.history(C, false),
  },
  // ---- users, sign-in and tokens ----
  {
    className: 'UserRepository',
    method: 'create',
    run: (c) =>
      c.UserRepository.create(
        {
          id: USER,
          email: 'qs-user@test.example',
          name: 'Query snapshots',
          passwordHash: 'not-a-real-hash',
          systemAdmin: false,
        },
        { councilId: C, role: CouncilRole.VIEWER },
      ),
  },
  {
    className: 'UserRepository',
    method: 'count',
    run: (c) => c.UserRepository.count(),
    // Other suites' users share the database: only the kind of answer is stable.
    shown: (n) => typeof n,
  },
  { className: 'UserRepository', method: 'get', run: (c) => c.UserRepository.get(USER) },
  {
    className: 'UserRepository',
    method: 'credentials',
    run: (c) => c.UserRepository.credentials('qs-user@test.example'),
  },
  {
    className: 'UserRepository',
    method: 'list',
    run: (c) => c.UserRepository.list(C, 'query', 0, 10),
  },
  {
    className: 'UserRepository',
    method: 'markSignedIn',
    run: (c) => c.UserRepository.markSignedIn(USER, AT),
  },
  {
    className: 'UserRepository',
    method: 'setPassword',
    run: (c) => c.UserRepository.setPassword(USER, 'another-fake-hash'),
  },
  {
    className: 'UserRepository',
    method: 'setDisabled',
    run: (c) => c.UserRepository.setDisabled(USER, false),
  },
  {
    className: 'UserRepository',
    method: 'grantRole',
    run: (c) => c.UserRepository.grantRole(USER, C, CouncilRole.EDITOR, 'query-snapshots'),
  },
  {
    className: 'ApiTokenRepository',
    method: 'create',
    run: (c) =>
      c.ApiTokenRepository.create({
        id: 'qs-token',
        userId: USER,
        name: 'Snapshots',
        hash: 'not-a-real-hash',
        createdAt: AT,
        expiresAt: '2099-01-01T00:00:00.000Z',
      }),
  },
  { className: 'ApiTokenRepository', method: 'list', run: (c) => c.ApiTokenRepository.list(USER) },
  {
    className: 'ApiTokenRepository',
    method: 'active',
    run: (c) => c.ApiTokenRepository.active('qs-token', LATER),
  },
  {
    className: 'ApiTokenRepository',
    method: 'touch',
    run: (c) => c.ApiTokenRepository.touch('qs-token', LATER),
  },
  {
    className: 'ApiTokenRepository',
    method: 'revoke',
    run: (c) => c.ApiTokenRepository.revoke(USER, 'qs-token', LATER),
  },
  {
    className: 'SessionRepository',
    method: 'create',
    run: (c) =>
      c.SessionRepository.create({
        id: 'qs-session',
        userId: USER,
        createdAt: AT,
        expiresAt: '2099-01-01T00:00:00.000Z',
        address: '127.0.0.1',
        userAgent: 'jest',
      }),
  },
  {
    className: 'SessionRepository',
    method: 'principal',
    run: (c) => c.SessionRepository.principal('qs-session', LATER, '2024-05-01T09:00:00.000Z'),
  },
  {
    className: 'SessionRepository',
    method: 'principalForUser',
    run: (c) => c.SessionRepository.principalForUser(USER),
  },
  {
    className: 'SessionRepository',
    method: 'touch',
    run: (c) => c.SessionRepository.touch('qs-session', LATER),
  },
  {
    className: 'SessionRepository',
    method: 'delete',
    run: (c) => c.SessionRepository.delete('qs-session'),
  },
  {
    className: 'SessionRepository',
    method: 'deleteForUser',
    run: (c) => c.SessionRepository.deleteForUser(USER),
  },
  {
    className: 'SessionRepository',
    method: 'purgeExpired',
    run: (c) =>
      c.SessionRepository.purgeExpired('2000-01-01T00:00:00.000Z', '1999-12-31T00:00:00.000Z'),
  },
  {
    className: 'PasswordResetRepository',
    method: 'create',
    run: (c) =>
      c.PasswordResetRepository.create({
        id: 'qs-reset',
        userId: USER,
        expiresAt: '2099-01-01T00:00:00.000Z',
        createdBy: 'query-snapshots',
      }),
  },
  {
    className: 'PasswordResetRepository',
    method: 'consume',
    run: (c) => c.PasswordResetRepository.consume('qs-reset', LATER, 'a-third-fake-hash'),
  },
  {
    className: 'OidcLoginRepository',
    method: 'create',
    run: (c) =>
      c.OidcLoginRepository.create({
        id: 'qs-oidc',
        verifier: 'verifier',
        state: 'state',
        nonce: 'nonce',
        returnTo: '/',
        expiresAt: '2099-01-01T00:00:00.000Z',
      }),
  },
  {
    className: 'OidcLoginRepository',
    method: 'take',
    run: (c) => c.OidcLoginRepository.take('qs-oidc', LATER),
  },
  {
    className: 'SignInThrottleRepository',
    method: 'fail',
    run: (c) =>
      c.SignInThrottleRepository.fail(
        [{ key: 'qs-throttle', limit: 5 }],
        AT,
        '2024-05-01T09:00:00.000Z',
        LATER,
      ),
  },
  {
    className: 'SignInThrottleRepository',
    method: 'state',
    run: (c) => c.SignInThrottleRepository.state(['qs-throttle'], AT, '2024-05-01T09:00:00.000Z'),
  },
  {
    className: 'SignInThrottleRepository',
    method: 'clear',
    run: (c) => c.SignInThrottleRepository.clear('qs-throttle'),
  },
  {
    className: 'AuditEventRepository',
    method: 'create',
    run: (c) =>
      c.AuditEventRepository.create({
        id: 'qs-audit',
        at: AT,
        action: 'UPDATE',
        operation: 'updateTeam',
        councilId: C,
        councilIds: [],
        userId: USER,
        actor: 'query-snapshots',
        viaToken: null,
        entityKind: Label.Team,
        entityIds: [TEAM],
        changes: [
          { entityId: TEAM, field: 'name', before: '"Nurses"', after: '"District nurses"' },
        ],
        reason: null,
        address: null,
      }),
  },
  {
    className: 'AuditEventRepository',
    method: 'list',
    run: (c) =>
      c.AuditEventRepository.list(
        { councilId: C, entityId: TEAM, userId: null, action: null, from: null, to: null },
        0,
        10,
      ),
  },
  {
    className: 'AuditEventRepository',
    method: 'snapshot',
    run: (c) => c.AuditEventRepository.snapshot(Label.Team, C, [TEAM]),
  },
  {
    className: 'AuditEventRepository',
    method: 'snapshot (membership)',
    run: (c) => c.AuditEventRepository.snapshot(Label.Membership, C, [`${P1}-in-team`]),
  },
  {
    className: 'UserRepository',
    method: 'revokeRole',
    run: (c) => c.UserRepository.revokeRole(USER, C),
  },
  // ---- the spreadsheet import: its writes run in a transaction rolled back on purpose ----
  {
    className: 'ImportRepository',
    method: 'readState',
    run: (c) => c.ImportRepository.reading((tx) => c.ImportRepository.readState(tx, C, true)),
    shown: (state) => [...(state as Map<string, unknown[]>).keys()],
  },
  {
    className: 'ImportRepository',
    method: 'dataVersion',
    run: (c) => c.ImportRepository.reading((tx) => c.ImportRepository.dataVersion(tx, C)),
    shown: (version) => typeof version,
  },
  {
    className: 'ImportRepository',
    method: 'lockCouncil',
    run: (c) => c.ImportRepository.transaction(C, (tx) => c.ImportRepository.lockCouncil(tx, C)),
  },
  {
    className: 'ImportRepository',
    method: 'neighbourhoods',
    run: (c) => c.ImportRepository.reading((tx) => c.ImportRepository.neighbourhoods(tx, C)),
  },
  {
    className: 'ImportRepository',
    method: 'reading',
    run: (c) => c.ImportRepository.reading((tx) => c.ImportRepository.neighbourhoods(tx, C)),
  },
  {
    className: 'ImportRepository',
    method: 'transaction',
    run: (c) => c.ImportRepository.transaction(C, (tx) => c.ImportRepository.neighbourhoods(tx, C)),
  },
  {
    className: 'ImportRepository',
    method: 'lockAndRecheck',
    run: (c) =>
      rolledBack(c, (tx) => c.ImportRepository.lockAndRecheck(tx, C, importPlan())).then((m) => [
        ...(m as Map<number, string>),
      ]),
  },
  {
    className: 'ImportRepository',
    method: 'write',
    run: (c) =>
      rolledBack(c, (tx) =>
        c.ImportRepository.write(tx, C, importPlan(), { at: AT, actor: 'qs', reason: 'import' }),
      ),
  },
  // ---- ends and deletes, last ----
  {
    className: 'LearningNoteRepository',
    method: 'delete',
    run: (c) => c.LearningNoteRepository.delete(C, 'qs-note'),
  },
  {
    className: 'TieRepository',
    method: 'delete',
    run: (c) => c.TieRepository.delete(C, TIE),
  },
  {
    className: 'InterventionRepository',
    method: 'delete',
    run: (c) => c.InterventionRepository.delete(C, 'qs-intervention'),
  },
  {
    className: 'BlueprintRepository',
    method: 'delete',
    run: (c) => c.BlueprintRepository.delete('qs-blueprint', C),
  },
  {
    className: 'WaveRepository',
    method: 'delete',
    run: (c) => c.WaveRepository.delete(C, WAVE),
  },
  {
    className: 'ActorRepository',
    method: 'end',
    run: (c) => c.ActorRepository.end(C, Label.Person, P2, '2024-06-01'),
  },
  {
    className: 'ActorRepository',
    method: 'delete',
    run: (c) => c.ActorRepository.delete(C, Label.Person, P2),
  },
  {
    className: 'CouncilRepository',
    method: 'countContents',
    run: (c) => c.CouncilRepository.countContents(C),
  },
  {
    className: 'CouncilRepository',
    method: 'deleteWithContents',
    run: (c) => c.CouncilRepository.deleteWithContents(C),
  },
];

/** Runs `work` in the import's transaction and rolls it back: the statements, no trace. */
async function rolledBack(
  c: Classes,
  work: (tx: Parameters<Parameters<ImportRepository['transaction']>[1]>[0]) => Promise<unknown>,
): Promise<unknown> {
  const undo = new Error('rolled back on purpose');
  let outcome: unknown;
  await c.ImportRepository.transaction(C, async (tx) => {
    outcome = await work(tx);
    throw undo;
  }).catch((error: unknown) => {
    if (error !== undo) throw error;
  });
  return outcome;
}

/** A plan of one new organisation and one new tie between the story's two people. */
function importPlan(): ImportPlan {
  const { recordedAt: _recordedAt, ...tieProps } = tie('qs-import-tie', P1, P2);
  const record = (
    sheet: PlannedRecord['sheet'],
    props: Record<string, unknown>,
  ): PlannedRecord => ({
    sheet,
    row: 2,
    key: String(props.externalId),
    id: String(props.id),
    action: 'create',
    props,
    changes: {},
    neighbourhoodIds: sheet === 'organisations' ? [NB] : undefined,
  });
  return {
    records: new Map([
      [
        'organisations',
        [
          record('organisations', {
            id: 'qs-import-org',
            externalId: 'io1',
            name: 'Imported',
            typeId: 'gp-practice',
            sectorId: 'nhs',
            validFrom: '2021-01-01',
            validTo: null,
          }),
        ],
      ],
      ['ties', [record('ties', { ...tieProps, typeId: 'referral', externalId: 'it1' })]],
    ]),
    ended: [],
    errors: [],
    warnings: [],
  };
}
