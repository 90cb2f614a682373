import { Neo4jService } from '../../api/neo4j/neo4j.service';
import { uniqueId } from './test-neo4j';

/**
 * The records learning notes attach to, written straight to the database following the
 * data-model contract, so note, wave and intervention tests do not depend on the actor
 * and tie APIs. Everything carries councilId and is removed with the council.
 */
export interface NoteTargets {
  organisationId: string;
  teamId: string;
  personId: string;
  tieId: string;
}

export async function createNoteTargets(
  db: Neo4jService,
  councilId: string,
  options: { waveId?: string } = {},
): Promise<NoteTargets> {
  const ids: NoteTargets = {
    organisationId: uniqueId('org'),
    teamId: uniqueId('team'),
    personId: uniqueId('person'),
    tieId: uniqueId('tie'),
  };
  await db.write(async (tx) => {
    await tx.run(
      `MATCH (ot:OrganisationType {id: 'home-care-provider'}), (s:Sector {id: 'independent'}),
             (tt:TeamType {id: 'home-care-branch'})
       CREATE (o:Organisation {id: $organisationId, councilId: $councilId, name: 'Care at Home Ltd',
                               typeId: ot.id, sectorId: s.id, validFrom: '2020-01-01',
                               validTo: null, createdAt: toString(datetime())})
       CREATE (o)-[:OF_TYPE]->(ot), (o)-[:IN_SECTOR]->(s)
       CREATE (t:Team {id: $teamId, councilId: $councilId, name: 'Home care North',
                       typeId: tt.id, neighbourhoodId: null, validFrom: '2020-01-01',
                       validTo: null, createdAt: toString(datetime())})-[:OF_TYPE]->(tt)
       CREATE (:Person {id: $personId, councilId: $councilId, pseudonym: 'P-0001',
                        displayName: null, roleTitle: 'Senior carer', level: 'FRONTLINE',
                        blendedRole: true, validFrom: '2020-01-01', validTo: null,
                        createdAt: toString(datetime())})`,
      { councilId, ...ids },
    );
  });
  await createTie(db, councilId, {
    id: ids.tieId,
    fromId: ids.personId,
    fromKind: 'PERSON',
    toId: ids.teamId,
    toKind: 'TEAM',
    waveId: options.waveId ?? null,
  });
  return ids;
}

export interface TieSpec {
  id?: string;
  fromId: string;
  fromKind: 'PERSON' | 'TEAM' | 'ORGANISATION';
  toId: string;
  toKind: 'PERSON' | 'TEAM' | 'ORGANISATION';
  waveId?: string | null;
}

/** A direct-contact tie between two actors of the council, optionally recorded in a wave. */
export async function createTie(
  db: Neo4jService,
  councilId: string,
  spec: TieSpec,
): Promise<string> {
  const id = spec.id ?? uniqueId('tie');
  await db.query(
    `MATCH (a {id: $fromId}), (b {id: $toId}), (type:TieType {id: 'direct-contact'})
     WHERE a.councilId = $councilId AND b.councilId = $councilId
     CREATE (t:Tie {id: $id, councilId: $councilId, typeId: type.id, directed: false,
                    strength: 3, frequency: 'WEEKLY', integrationLevel: 3, trust: null,
                    source: 'ADMIN', confidence: 1.0, waveId: $waveId, validFrom: '2021-01-01',
                    validTo: null, recordedAt: toString(datetime()), version: 1,
                    fromId: $fromId, fromKind: $fromKind, toId: $toId, toKind: $toKind})
     CREATE (t)-[:FROM]->(a), (t)-[:TO]->(b), (t)-[:OF_TYPE]->(type)`,
    { councilId, ...spec, id, waveId: spec.waveId ?? null },
    'WRITE',
  );
  return id;
}

/** A kept earlier version of a tie, as tie edits write it. */
export async function createTieVersion(
  db: Neo4jService,
  tieId: string,
  waveId: string | null,
): Promise<void> {
  await db.query(
    `MATCH (t:Tie {id: $tieId})
     CREATE (v:TieVersion {id: $id, tieId: t.id, councilId: t.councilId, version: 0,
                           waveId: $waveId, changedAt: toString(datetime()),
                           changedBy: 'test', changeReason: 'test'})-[:VERSION_OF]->(t)`,
    { tieId, id: uniqueId('tie-version'), waveId },
    'WRITE',
  );
}
