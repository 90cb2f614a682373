import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { validAt } from '../common/temporal';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Organisation } from './models/organisation.model';
import { pageOf, readPage } from '../neo4j/pagination';
import { idName } from '../neo4j/projection';

const O = Label.Organisation;
const N = Label.Neighbourhood;

/** Shared projection of an organisation bound to `o`. */
const ORGANISATION_PROJECTION = `o {
  .id, .name, .typeId, .sectorId, .validFrom, .validTo, .createdAt,
  neighbourhoodIds: COLLECT { MATCH (o)-[:${Rel.Serves}]->(n:${N}) RETURN n.id ORDER BY n.id },
  neighbourhoods: COLLECT { MATCH (o)-[:${Rel.Serves}]->(n:${N}) RETURN ${idName('n')} ORDER BY n.name, n.id }
}`;

/**
 * Makes the relationships agree with the typeId / sectorId properties, and replaces the
 * SERVES links when $neighbourhoodIds is given (null leaves them alone).
 */
const SYNC_LINKS = `
  CALL (o) { MATCH (o)-[r:${Rel.OfType}|${Rel.InSector}]->() DELETE r }
  CALL (o) { MATCH (t:${Label.OrganisationType} {id: o.typeId}) CREATE (o)-[:${Rel.OfType}]->(t) }
  CALL (o) { MATCH (s:${Label.Sector} {id: o.sectorId}) CREATE (o)-[:${Rel.InSector}]->(s) }
  CALL (o) { MATCH (o)-[r:${Rel.Serves}]->() WHERE $neighbourhoodIds IS NOT NULL DELETE r }
  CALL (o) {
    UNWIND coalesce($neighbourhoodIds, []) AS nid
    MATCH (n:${N} {id: nid}) WHERE n.councilId = o.councilId
    CREATE (o)-[:${Rel.Serves}]->(n)
  }`;

export interface NewOrganisation {
  id: string;
  name: string;
  typeId: string;
  sectorId: string;
  neighbourhoodIds: string[];
  validFrom: string;
  validTo: string | null;
}

export interface OrganisationFilter {
  typeId: string | null;
  sectorId: string | null;
  neighbourhoodId: string | null;
  search: string | null;
}

@Injectable()
export class OrganisationRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(councilId: string, row: NewOrganisation): Promise<Organisation> {
    const { neighbourhoodIds, ...props } = row;
    const result = await this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const created = await tx.run(
        `CREATE (o:${O}) SET o = $props, o.councilId = $councilId, o.createdAt = toString(datetime())
         WITH o ${SYNC_LINKS}
         RETURN ${ORGANISATION_PROJECTION} AS organisation`,
        { councilId, props, neighbourhoodIds },
      );
      changed();
      return created;
    });
    return result.records[0].get('organisation') as Organisation;
  }

  async get(councilId: string, id: string): Promise<Organisation | null> {
    const result = await this.neo4j.query(
      `MATCH (o:${O} {id: $id}) WHERE o.councilId = $councilId
       RETURN ${ORGANISATION_PROJECTION} AS organisation`,
      { councilId, id },
    );
    return (result.records[0]?.get('organisation') as Organisation | undefined) ?? null;
  }

  /** Organisations valid at `asOf`, by name, with the total before paging. */
  async list(
    councilId: string,
    filter: OrganisationFilter,
    asOf: string,
    offset: number,
    limit: number,
  ): Promise<{ items: Organisation[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (o:${O}) WHERE o.councilId = $councilId AND ${validAt('o')}
         AND ($typeId IS NULL OR o.typeId = $typeId)
         AND ($sectorId IS NULL OR o.sectorId = $sectorId)
         AND ($neighbourhoodId IS NULL OR EXISTS { (o)-[:${Rel.Serves}]->(:${N} {id: $neighbourhoodId}) })
         AND ($search IS NULL OR toLower(o.name) CONTAINS toLower($search))
       WITH o ORDER BY o.name, o.id
       ${pageOf('o', ORGANISATION_PROJECTION)}`,
      { councilId, ...filter, asOf, offset, limit },
    );
    return readPage<Organisation>(result);
  }

  /** Applies the changes; `neighbourhoodIds` null leaves the served neighbourhoods alone. */
  async update(
    councilId: string,
    id: string,
    changes: Record<string, unknown>,
    neighbourhoodIds: string[] | null,
  ): Promise<Organisation | null> {
    const result = await this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const updated = await tx.run(
        `MATCH (o:${O} {id: $id}) WHERE o.councilId = $councilId
         SET o += $changes
         WITH o ${SYNC_LINKS}
         RETURN ${ORGANISATION_PROJECTION} AS organisation`,
        { councilId, id, changes, neighbourhoodIds },
      );
      if (updated.records.length > 0) changed();
      return updated;
    });
    return (result.records[0]?.get('organisation') as Organisation | undefined) ?? null;
  }
}
