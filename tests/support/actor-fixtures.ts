import { Neo4jService } from '../../api/neo4j/neo4j.service';
import { uniqueId } from './test-neo4j';

/**
 * Actors written straight to the database following the data-model contract, so tie
 * tests do not depend on the person/team/organisation API. Everything carries councilId
 * and is removed with the council.
 */
export interface Actors {
  people: string[];
  teams: string[];
  organisations: string[];
}

export async function createActors(
  db: Neo4jService,
  councilId: string,
  counts: { people?: number; teams?: number; organisations?: number },
): Promise<Actors> {
  const ids = (prefix: string, n = 0) => Array.from({ length: n }, () => uniqueId(prefix));
  const actors: Actors = {
    people: ids('person', counts.people),
    teams: ids('team', counts.teams),
    organisations: ids('org', counts.organisations),
  };
  await db.write(async (tx) => {
    await tx.run(
      `UNWIND range(0, size($ids) - 1) AS i
       CREATE (:Person {id: $ids[i], councilId: $councilId, pseudonym: 'P-' + toString(i + 1),
                        displayName: null, roleTitle: 'Worker', level: 'FRONTLINE',
                        blendedRole: false, validFrom: '2000-01-01', validTo: null,
                        createdAt: toString(datetime())})`,
      { ids: actors.people, councilId },
    );
    await tx.run(
      `UNWIND range(0, size($ids) - 1) AS i
       MATCH (tt:TeamType {id: 'district-nursing'})
       CREATE (t:Team {id: $ids[i], councilId: $councilId, name: 'Team ' + toString(i + 1),
                       typeId: tt.id, neighbourhoodId: null, validFrom: '2000-01-01',
                       validTo: null, createdAt: toString(datetime())})-[:OF_TYPE]->(tt)`,
      { ids: actors.teams, councilId },
    );
    await tx.run(
      `UNWIND range(0, size($ids) - 1) AS i
       MATCH (ot:OrganisationType {id: 'nhs-community-trust'}), (s:Sector {id: 'nhs'})
       CREATE (o:Organisation {id: $ids[i], councilId: $councilId, name: 'Org ' + toString(i + 1),
                               typeId: ot.id, sectorId: s.id, validFrom: '2000-01-01',
                               validTo: null, createdAt: toString(datetime())})
       CREATE (o)-[:OF_TYPE]->(ot), (o)-[:IN_SECTOR]->(s)`,
      { ids: actors.organisations, councilId },
    );
  });
  return actors;
}

/** A survey wave of the council on the given date. */
export async function createWave(
  db: Neo4jService,
  councilId: string,
  date: string,
): Promise<string> {
  const id = uniqueId('wave');
  await db.query(
    `CREATE (:Wave {id: $id, councilId: $councilId, label: 'Wave ' + $date, date: $date,
                    method: 'survey', responseRate: null})`,
    { id, councilId, date },
    'WRITE',
  );
  return id;
}

/** Person in team, team part of organisation, both valid from 2000-01-01. */
export async function linkMembership(
  db: Neo4jService,
  personId: string,
  teamId: string,
  organisationId: string,
): Promise<void> {
  await db.query(
    `MATCH (p:Person {id: $personId}), (t:Team {id: $teamId}), (o:Organisation {id: $organisationId})
     CREATE (p)-[:MEMBER_OF {id: $m1, validFrom: '2000-01-01', validTo: null}]->(t)
     CREATE (t)-[:PART_OF {id: $m2, validFrom: '2000-01-01', validTo: null}]->(o)`,
    { personId, teamId, organisationId, m1: uniqueId('mem'), m2: uniqueId('mem') },
    'WRITE',
  );
}

/** Every Tie field, for tests that read ties back. */
export const TIE_FIELDS = `id typeId directed strength frequency integrationLevel trust source confidence
  waveId validFrom validTo note recordedAt version
  from { id kind name } to { id kind name }
  history { id version strength trust validTo typeId changedAt changedBy changeReason }`;

/** A valid TieInput between two people; override any field. */
export function tieInput(
  fromId: string,
  toId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    fromId,
    fromKind: 'PERSON',
    toId,
    toKind: 'PERSON',
    typeId: 'direct-contact',
    strength: 3,
    frequency: 'WEEKLY',
    integrationLevel: 4,
    source: 'WORKSHOP',
    confidence: 0.8,
    validFrom: '2021-01-01',
    ...overrides,
  };
}
