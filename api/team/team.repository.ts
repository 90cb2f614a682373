import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { validAt } from '../common/temporal';
import { earlierEndCypher, MemberRel } from '../membership/membership.cypher';
import { lockRecords } from '../neo4j/locks';
import { Neo4jService } from '../neo4j/neo4j.service';
import { validAtCypher } from '../neo4j/validity';
import { Team } from './models/team.model';
import { pageOf, readPage } from '../neo4j/pagination';
import { idName } from '../neo4j/projection';

const T = Label.Team;
const N = Label.Neighbourhood;
const PART_OF = MemberRel.PartOf;

/** Shared projection of a team bound to `t`; the organisation is the one as of $asOf. */
const TEAM_PROJECTION = `t {
  .id, .name, .typeId, .neighbourhoodId, .validFrom, .validTo, .createdAt,
  neighbourhood: head(COLLECT { MATCH (t)-[:${Rel.InNeighbourhood}]->(n:${N}) RETURN ${idName('n')} }),
  organisationId: head(COLLECT {
    MATCH (t)-[m:${PART_OF}]->(o:${Label.Organisation}) WHERE ${validAt('m')}
    RETURN o.id ORDER BY m.validFrom DESC
  })
}`;

/** Makes OF_TYPE and IN_NEIGHBOURHOOD agree with the typeId / neighbourhoodId properties. */
const SYNC_LINKS = `
  CALL (t) { MATCH (t)-[r:${Rel.OfType}|${Rel.InNeighbourhood}]->() DELETE r }
  CALL (t) { MATCH (x:${Label.TeamType} {id: t.typeId}) CREATE (t)-[:${Rel.OfType}]->(x) }
  CALL (t) {
    MATCH (n:${N} {id: t.neighbourhoodId}) WHERE n.councilId = t.councilId
    CREATE (t)-[:${Rel.InNeighbourhood}]->(n)
  }`;

export interface NewTeam {
  id: string;
  name: string;
  typeId: string;
  neighbourhoodId: string | null;
  validFrom: string;
  validTo: string | null;
}

/** The PART_OF membership a team is created with, if any. */
export interface InitialOrganisation {
  membershipId: string;
  organisationId: string;
}

export interface TeamFilter {
  typeId: string | null;
  organisationId: string | null;
  neighbourhoodId: string | null;
  sectorId: string | null;
  search: string | null;
}

@Injectable()
export class TeamRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Creates the team and its first PART_OF membership (for the team's whole period). The
   * organisation is locked and checked again first: null when it was ended or removed so
   * that it no longer holds on the team's start.
   */
  async create(
    councilId: string,
    row: NewTeam,
    organisation: InitialOrganisation | null,
    asOf: string,
  ): Promise<Team | null> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      if (organisation) {
        await lockRecords(tx, councilId, { [Label.Organisation]: [organisation.organisationId] });
        const holds = await tx.run(
          `MATCH (o:${Label.Organisation} {id: $id}) WHERE o.councilId = $councilId
             AND ${validAtCypher('o', '$validFrom')} RETURN o.id`,
          { councilId, id: organisation.organisationId, validFrom: row.validFrom },
        );
        if (holds.records.length === 0) return null;
      }
      const result = await tx.run(
        `CREATE (t:${T}) SET t = $props, t.councilId = $councilId, t.createdAt = toString(datetime())
         WITH t ${SYNC_LINKS}
         CALL (t) {
           MATCH (o:${Label.Organisation} {id: $organisation.organisationId})
           WHERE o.councilId = t.councilId
           CREATE (t)-[:${PART_OF} {id: $organisation.membershipId, validFrom: t.validFrom,
                                    validTo: ${earlierEndCypher('t.validTo', 'o.validTo')}}]->(o)
         }
         RETURN ${TEAM_PROJECTION} AS team`,
        { councilId, props: row, organisation: organisation ?? {}, asOf },
      );
      changed();
      return result.records[0].get('team') as Team;
    });
  }

  async get(councilId: string, id: string, asOf: string): Promise<Team | null> {
    const result = await this.neo4j.query(
      `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId RETURN ${TEAM_PROJECTION} AS team`,
      { councilId, id, asOf },
    );
    return (result.records[0]?.get('team') as Team | undefined) ?? null;
  }

  /** Teams valid at `asOf`, by name; organisation and sector through PART_OF then. */
  async list(
    councilId: string,
    filter: TeamFilter,
    asOf: string,
    offset: number,
    limit: number,
  ): Promise<{ items: Team[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (t:${T}) WHERE t.councilId = $councilId AND ${validAt('t')}
         AND ($typeId IS NULL OR t.typeId = $typeId)
         AND ($neighbourhoodId IS NULL OR t.neighbourhoodId = $neighbourhoodId)
         AND ($organisationId IS NULL OR EXISTS {
               (t)-[m:${PART_OF}]->(o:${Label.Organisation} {id: $organisationId}) WHERE ${validAt('m')} })
         AND ($sectorId IS NULL OR EXISTS {
               (t)-[m:${PART_OF}]->(o:${Label.Organisation}) WHERE ${validAt('m')} AND o.sectorId = $sectorId })
         AND ($search IS NULL OR toLower(t.name) CONTAINS toLower($search))
       WITH t ORDER BY t.name, t.id
       ${pageOf('t', TEAM_PROJECTION)}`,
      { councilId, ...filter, asOf, offset, limit },
    );
    return readPage<Team>(result);
  }

  async update(
    councilId: string,
    id: string,
    changes: Record<string, unknown>,
    asOf: string,
  ): Promise<Team | null> {
    const result = await this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const updated = await tx.run(
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         SET t += $changes
         WITH t ${SYNC_LINKS}
         RETURN ${TEAM_PROJECTION} AS team`,
        { councilId, id, changes, asOf },
      );
      if (updated.records.length > 0) changed();
      return updated;
    });
    return (result.records[0]?.get('team') as Team | undefined) ?? null;
  }
}
