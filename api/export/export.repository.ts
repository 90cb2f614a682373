import { Injectable } from '@nestjs/common';
import { Label as L, Rel } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import {
  HistoryNetwork,
  HistoryOrganisation,
  HistoryPerson,
  HistoryTeam,
  TieDetail,
} from './history/history-types';

/** A tie's own fields that the analytics snapshot does not carry (trust, provenance, validity). */
const TIE_DETAIL = `t.id AS id, t.trust AS trust, t.frequency AS frequency, t.source AS source,
  t.confidence AS confidence, t.waveId AS waveId, t.validFrom AS validFrom, t.validTo AS validTo`;

/** A validity-bearing link as a map: `{id, validFrom, validTo}` of the node at its far end. */
const PERIOD_OF = (rel: string, alias: string) =>
  `{id: ${alias}.id, validFrom: ${rel}.validFrom, validTo: ${rel}.validTo}
   ORDER BY ${rel}.validFrom, ${alias}.id`;

/**
 * Reads for the research exports. The moment's network itself comes from the analytics
 * SnapshotRepository; this adds tie details and, for GEXF's timeline, the council's whole
 * history (every actor, membership and tie with its validity period).
 */
@Injectable()
export class ExportRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Trust, frequency, source, confidence and validity of the council's ties with these ids. */
  async tieDetails(councilId: string, ids: string[]): Promise<Map<string, TieDetail>> {
    if (ids.length === 0) return new Map();
    const result = await this.neo4j.query(
      `MATCH (t:${L.Tie}) WHERE t.id IN $ids AND t.councilId = $councilId RETURN ${TIE_DETAIL}`,
      { councilId, ids },
    );
    return new Map(
      result.records.map((r) => [r.get('id') as string, r.toObject() as unknown as TieDetail]),
    );
  }

  /**
   * Everything the council ever held, with validity periods, in one read transaction, in id
   * order (so a GEXF lists its nodes and edges the same way every time).
   * People are labelled by pseudonym unless `revealNames` (as SnapshotRepository.load).
   */
  async history(councilId: string, revealNames: boolean): Promise<HistoryNetwork> {
    return this.neo4j.read(async (tx) => {
      const params = { councilId, revealNames };
      const people = await tx.run(
        `MATCH (p:${L.Person}) WHERE p.councilId = $councilId
         RETURN p.id AS id,
                CASE WHEN $revealNames THEN coalesce(p.displayName, p.pseudonym) ELSE p.pseudonym END AS label,
                p.level AS level, coalesce(p.blendedRole, false) AS blendedRole,
                p.validFrom AS validFrom, p.validTo AS validTo,
                COLLECT { MATCH (p)-[m:${Rel.MemberOf}]->(t:${L.Team}) RETURN ${PERIOD_OF('m', 't')} } AS teams,
                COLLECT { MATCH (p)-[h:${Rel.HasProfession}]->(x:${L.Profession}) RETURN ${PERIOD_OF('h', 'x')} } AS professions
         ORDER BY id`,
        params,
      );
      const teams = await tx.run(
        `MATCH (t:${L.Team}) WHERE t.councilId = $councilId
         RETURN t.id AS id, t.name AS name, t.typeId AS typeId, t.neighbourhoodId AS neighbourhoodId,
                t.validFrom AS validFrom, t.validTo AS validTo,
                COLLECT { MATCH (t)-[r:${Rel.PartOf}]->(o:${L.Organisation}) RETURN ${PERIOD_OF('r', 'o')} } AS organisations
         ORDER BY id`,
        params,
      );
      const organisations = await tx.run(
        `MATCH (o:${L.Organisation}) WHERE o.councilId = $councilId
         RETURN o.id AS id, o.name AS name, o.typeId AS typeId, o.sectorId AS sectorId,
                o.validFrom AS validFrom, o.validTo AS validTo
         ORDER BY id`,
        params,
      );
      const ties = await tx.run(
        `MATCH (t:${L.Tie}) WHERE t.councilId = $councilId
         RETURN ${TIE_DETAIL}, t.typeId AS typeId, t.directed AS directed, t.strength AS strength,
                t.integrationLevel AS integrationLevel, t.fromId AS fromId, t.fromKind AS fromKind,
                t.toId AS toId, t.toKind AS toKind
         ORDER BY id`,
        params,
      );
      return {
        councilId,
        people: people.records.map((r) => r.toObject() as HistoryPerson),
        teams: teams.records.map((r) => r.toObject() as HistoryTeam),
        organisations: organisations.records.map((r) => r.toObject() as HistoryOrganisation),
        ties: ties.records.map((r) => r.toObject() as HistoryNetwork['ties'][number]),
      };
    });
  }
}
