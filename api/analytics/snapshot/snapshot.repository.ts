import { Injectable } from '@nestjs/common';
import { Label as L, Rel } from '../../../graph/labels';
import { validAt } from '../../common/temporal';
import { DATA_VERSION } from '../../neo4j/data-version';
import { Neo4jService } from '../../neo4j/neo4j.service';
import { RawNetwork, RawOrganisation, RawPerson, RawTeam, RawTie } from './raw-network';

const TIES = `
    MATCH (t:${L.Tie}) WHERE t.councilId = $councilId AND ${validAt('t')}
    RETURN t.id AS id, t.typeId AS typeId, t.directed AS directed, t.strength AS strength,
           t.integrationLevel AS integrationLevel, t.fromId AS fromId, t.fromKind AS fromKind,
           t.toId AS toId, t.toKind AS toKind, t.validFrom AS validFrom, t.validTo AS validTo`;

/** Reads everything an analysis needs for one council at one moment, in one read transaction. */
@Injectable()
export class SnapshotRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** People are labelled by pseudonym unless `revealNames` (the caller may see names). */
  async load(councilId: string, asOf: string, revealNames: boolean): Promise<RawNetwork> {
    return this.neo4j.read(async (tx) => {
      const params = { councilId, asOf, revealNames };
      const people = await tx.run(
        `MATCH (p:${L.Person}) WHERE p.councilId = $councilId AND ${validAt('p')}
         RETURN p.id AS id,
                CASE WHEN $revealNames THEN coalesce(p.displayName, p.pseudonym) ELSE p.pseudonym END AS label,
                p.level AS level,
                coalesce(p.blendedRole, false) AS blendedRole,
                head(COLLECT { MATCH (p)-[m:${Rel.MemberOf}]->(t:${L.Team}) WHERE ${validAt('m')} WITH t, m ORDER BY m.validFrom DESC RETURN t.id }) AS teamId,
                head(COLLECT { MATCH (p)-[h:${Rel.HasProfession}]->(x:${L.Profession}) WHERE ${validAt('h')} WITH x, h ORDER BY h.validFrom DESC RETURN x.id }) AS professionId`,
        params,
      );
      const teams = await tx.run(
        `MATCH (t:${L.Team}) WHERE t.councilId = $councilId AND ${validAt('t')}
         RETURN t.id AS id, t.name AS name, t.typeId AS typeId, t.neighbourhoodId AS neighbourhoodId,
                head(COLLECT { MATCH (t)-[r:${Rel.PartOf}]->(o:${L.Organisation}) WHERE ${validAt('r')} WITH o, r ORDER BY r.validFrom DESC RETURN o.id }) AS organisationId`,
        params,
      );
      const organisations = await tx.run(
        `MATCH (o:${L.Organisation}) WHERE o.councilId = $councilId AND ${validAt('o')}
         RETURN o.id AS id, o.name AS name, o.typeId AS typeId, o.sectorId AS sectorId`,
        params,
      );
      const ties = await tx.run(TIES, params);
      return {
        councilId,
        asOf,
        people: people.records.map((r) => r.toObject() as RawPerson),
        teams: teams.records.map((r) => r.toObject() as RawTeam),
        organisations: organisations.records.map((r) => r.toObject() as RawOrganisation),
        ties: ties.records.map((r) => r.toObject() as RawTie),
      };
    });
  }

  /** The council's data version, bumped by every write through the API (cache key). */
  async dataVersion(councilId: string): Promise<number | null> {
    const result = await this.neo4j.query<{ v: number }>(DATA_VERSION, { councilId });
    return result.records[0]?.get('v') ?? null;
  }
}
