import { ManagedTransaction } from 'neo4j-driver';
import { Label as L } from '../graph/labels';
import { ensureStripes } from '../api/neo4j/data-version';
import { Neo4jService } from '../api/neo4j/neo4j.service';
import { SeedCouncilData } from './generator/types';

/**
 * Writes a generated council with MERGE on every id, in one transaction per council, so
 * loading the same data twice changes nothing. Follows the data model the API uses.
 */
export async function loadCouncil(neo4j: Neo4jService, data: SeedCouncilData): Promise<void> {
  await neo4j.write(async (tx) => {
    const councilId = data.council.id;
    // Converge on exactly the generated data: records of this synthetic council that the
    // generator no longer makes (an older generator version) are removed first.
    const keep = [
      data.organisations,
      data.teams,
      data.people,
      data.ties,
      data.waves,
      data.interventions,
      data.notes,
    ].flatMap((rows) => rows.map((r) => r.id));
    await tx.run(
      `MATCH (c:${L.Council} {id: $councilId}) WHERE c.synthetic = true
       MATCH (n) WHERE n.councilId = $councilId AND NOT n:${L.Neighbourhood} AND NOT n:${L.DataVersionStripe}
         AND NOT n.id IN $keep
       DETACH DELETE n`,
      { councilId, keep },
    );
    const { neighbourhoods, ...council } = data.council;
    await tx.run(
      `MERGE (c:${L.Council} {id: $council.id})
       // Names are visible to members of Tamebridge only, so the demo shows both sides of the
       // names setting (a viewer sees invented names there, a researcher never does).
       ON CREATE SET c.createdAt = '2024-01-01T00:00:00.000Z', c.uid = randomUUID(),
                     c.namesVisible = ($council.story = 'blended-roles')
       SET c.name = $council.name, c.region = $council.region, c.description = $council.description,
           c.story = $council.story, c.synthetic = true
       ${ensureStripes('c')}
       WITH c UNWIND $neighbourhoods AS nb
       MERGE (n:${L.Neighbourhood} {id: nb.id}) SET n.name = nb.name, n.councilId = c.id
       MERGE (c)-[:HAS_NEIGHBOURHOOD]->(n)`,
      { council, neighbourhoods },
    );
    await unwind(
      tx,
      data.organisations,
      councilId,
      `MERGE (o:${L.Organisation} {id: row.id})
       ON CREATE SET o.createdAt = '2024-01-01T00:00:00.000Z'
       SET o.councilId = $councilId, o.name = row.name, o.typeId = row.typeId, o.sectorId = row.sectorId,
           o.validFrom = row.validFrom, o.validTo = null
       WITH o, row
       CALL (o) { MATCH (o)-[old:OF_TYPE|IN_SECTOR|SERVES]->() DELETE old }
       WITH o, row
       MATCH (t:${L.OrganisationType} {id: row.typeId}), (s:${L.Sector} {id: row.sectorId})
       MERGE (o)-[:OF_TYPE]->(t) MERGE (o)-[:IN_SECTOR]->(s)
       WITH o, row UNWIND row.neighbourhoodIds AS nbId
       MATCH (n:${L.Neighbourhood} {id: nbId}) MERGE (o)-[:SERVES]->(n)`,
    );
    await unwind(
      tx,
      data.teams,
      councilId,
      `MERGE (t:${L.Team} {id: row.id})
       ON CREATE SET t.createdAt = '2024-01-01T00:00:00.000Z'
       SET t.councilId = $councilId, t.name = row.name, t.typeId = row.typeId,
           t.neighbourhoodId = row.neighbourhoodId, t.validFrom = row.validFrom, t.validTo = null
       WITH t, row
       CALL (t) { MATCH (t)-[old:OF_TYPE|PART_OF|IN_NEIGHBOURHOOD]->() DELETE old }
       WITH t, row
       MATCH (type:${L.TeamType} {id: row.typeId}), (o:${L.Organisation} {id: row.organisationId})
       MERGE (t)-[:OF_TYPE]->(type)
       MERGE (t)-[p:PART_OF {id: row.id + '-part'}]->(o) SET p.validFrom = row.validFrom, p.validTo = null
       WITH t, row WHERE row.neighbourhoodId IS NOT NULL
       MATCH (n:${L.Neighbourhood} {id: row.neighbourhoodId}) MERGE (t)-[:IN_NEIGHBOURHOOD]->(n)`,
    );
    await unwind(
      tx,
      data.people,
      councilId,
      `MERGE (p:${L.Person} {id: row.id})
       ON CREATE SET p.createdAt = '2024-01-01T00:00:00.000Z'
       SET p.councilId = $councilId, p.pseudonym = row.pseudonym, p.displayName = row.displayName,
           p.roleTitle = row.roleTitle, p.level = row.level, p.blendedRole = row.blendedRole,
           p.validFrom = row.validFrom, p.validTo = row.validTo
       WITH p, row
       CALL (p) { MATCH (p)-[old:MEMBER_OF|HAS_PROFESSION]->() DELETE old }
       WITH p, row
       MATCH (t:${L.Team} {id: row.teamId}), (prof:${L.Profession} {id: row.professionId})
       MERGE (p)-[m:MEMBER_OF {id: row.id + '-member'}]->(t) SET m.validFrom = row.validFrom, m.validTo = row.validTo
       MERGE (p)-[h:HAS_PROFESSION {id: row.id + '-prof'}]->(prof) SET h.validFrom = row.validFrom, h.validTo = row.validTo`,
    );
    await unwind(
      tx,
      data.waves,
      councilId,
      `MERGE (w:${L.Wave} {id: row.id})
       SET w.councilId = $councilId, w.label = row.label, w.date = row.date, w.method = row.method, w.responseRate = row.responseRate`,
    );
    await unwind(
      tx,
      data.interventions,
      councilId,
      `MERGE (i:${L.Intervention} {id: row.id})
       SET i.councilId = $councilId, i.date = row.date, i.label = row.label, i.kind = row.kind, i.description = row.description`,
    );
    await unwind(
      tx,
      data.ties,
      councilId,
      `MERGE (t:${L.Tie} {id: row.id})
       ON CREATE SET t.version = 1
       SET t += row, t.councilId = $councilId
       WITH t, row
       CALL (t) { MATCH (t)-[old:FROM|TO|OF_TYPE]->() DELETE old }
       WITH t, row
       MATCH (a:${L.Person} {id: row.fromId}), (b:${L.Person} {id: row.toId}), (type:${L.TieType} {id: row.typeId})
       MERGE (t)-[:FROM]->(a) MERGE (t)-[:TO]->(b) MERGE (t)-[:OF_TYPE]->(type)`,
    );
    await unwind(
      tx,
      data.notes,
      councilId,
      `MERGE (n:${L.LearningNote} {id: row.id})
       SET n += row, n.councilId = $councilId
       WITH n, row
       CALL (n) { MATCH (n)-[old:IN_CATEGORY|ABOUT]->() DELETE old }
       WITH n, row
       MATCH (cat:${L.NoteCategory} {id: row.categoryId})
       MERGE (n)-[:IN_CATEGORY]->(cat)
       WITH n, row
       MATCH (target {id: row.targetId})
       WHERE (target.councilId = $councilId OR target.id = $councilId)
         AND any(l IN labels(target) WHERE l IN ['Tie', 'Team', 'Organisation', 'Person', 'Intervention', 'Council'])
       MERGE (n)-[:ABOUT]->(target)`,
    );
  });
}

async function unwind(
  tx: ManagedTransaction,
  rows: object[],
  councilId: string,
  cypher: string,
): Promise<void> {
  // Chunks keep each statement's parameter list modest for the large scale councils.
  for (let i = 0; i < rows.length; i += 5000) {
    await tx.run(`UNWIND $rows AS row ${cypher}`, { rows: rows.slice(i, i + 5000), councilId });
  }
}
