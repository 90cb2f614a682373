import { Injectable } from '@nestjs/common';
import { Label, LabelName, Rel } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Council, Neighbourhood } from './models/council.model';
import { pageOf, readPage } from '../neo4j/pagination';
import { idName } from '../neo4j/projection';
import { ensureStripes, LOCK_STRIPES } from '../neo4j/data-version';

const C = Label.Council;
const N = Label.Neighbourhood;

/** Shared projection of a council with its neighbourhoods. */
const COUNCIL_PROJECTION = `c {
  .id, .name, .region, .description, .createdAt, synthetic: coalesce(c.synthetic, false),
  namesVisible: coalesce(c.namesVisible, false),
  neighbourhoods: COLLECT { MATCH (c)-[:${Rel.HasNeighbourhood}]->(n:${N}) RETURN ${idName('n')} ORDER BY n.name }
}`;

export interface NewCouncil {
  id: string;
  name: string;
  region: string | null;
  description: string | null;
  synthetic: boolean;
  neighbourhoods: Neighbourhood[];
}

@Injectable()
export class CouncilRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(council: NewCouncil): Promise<Council> {
    const result = await this.neo4j.write((tx) =>
      tx.run(
        // uid tells this council from an earlier one with the same id (whose audit remains).
        `CREATE (c:${C} {id: $id, uid: randomUUID(), name: $name, region: $region, description: $description,
                         synthetic: $synthetic, createdAt: toString(datetime())})
         FOREACH (nb IN $neighbourhoods |
           CREATE (c)-[:${Rel.HasNeighbourhood}]->(:${N} {id: nb.id, name: nb.name, councilId: c.id}))
         ${ensureStripes('c')}
         RETURN ${COUNCIL_PROJECTION} AS council`,
        { ...council },
      ),
    );
    return result.records[0].get('council') as Council;
  }

  async get(id: string): Promise<Council | null> {
    const result = await this.neo4j.query(
      `MATCH (c:${C} {id: $id}) RETURN ${COUNCIL_PROJECTION} AS council`,
      { id },
    );
    return (result.records[0]?.get('council') as Council | undefined) ?? null;
  }

  /** All councils, or only those in `ids` (the caller's) when given. */
  async list(
    ids: string[] | null,
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<{ items: Council[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (c:${C})
       WHERE ($ids IS NULL OR c.id IN $ids)
         AND ($search IS NULL OR toLower(c.name) CONTAINS toLower($search))
       WITH c ORDER BY c.name, c.id
       ${pageOf('c', COUNCIL_PROJECTION)}`,
      { ids, search, offset, limit },
    );
    return readPage<Council>(result);
  }

  async update(id: string, changes: Record<string, string | boolean>): Promise<Council | null> {
    const result = await this.neo4j.writeInCouncil(id, async (tx, changed) => {
      const updated = await tx.run(
        `MATCH (c:${C} {id: $id}) SET c += $changes RETURN ${COUNCIL_PROJECTION} AS council`,
        { id, changes },
      );
      if (updated.records.length > 0) changed();
      return updated;
    });
    return (result.records[0]?.get('council') as Council | undefined) ?? null;
  }

  /**
   * Deletes the council and everything scoped to it, in one transaction. The council's
   * lock and then its data-version stripes' are taken first: every other write in the
   * council moves one stripe as its last step, so a write still running either committed
   * before — and is deleted here — or waits, finds its stripe gone and rolls back. Nothing
   * is left behind.
   */
  async deleteWithContents(id: string): Promise<boolean> {
    return this.neo4j.write(async (tx) => {
      const found = await tx.run(
        `MATCH (c:${C} {id: $id}) SET c._lock = true REMOVE c._lock RETURN c.id`,
        { id },
      );
      if (found.records.length === 0) return false;
      await tx.run(LOCK_STRIPES, { id });
      await tx.run(
        // The audit trail is append-only: it outlives the council it records.
        `MATCH (n {councilId: $id}) WHERE NOT n:${Label.AuditEvent}
         OPTIONAL MATCH (v:${Label.TieVersion})-[:${Rel.VersionOf}]->(n) DETACH DELETE v, n`,
        { id },
      );
      await tx.run(`MATCH (c:${C} {id: $id}) DETACH DELETE c`, { id });
      return true;
    });
  }

  async countContents(id: string): Promise<number> {
    const result = await this.neo4j.query<{ n: number }>(
      // Neighbourhoods, data-version stripes and saved map layouts are part of the council
      // itself, not its contents.
      `MATCH (n {councilId: $id})
       WHERE NOT n:${N} AND NOT n:${Label.AuditEvent} AND NOT n:${Label.DataVersionStripe}
         AND NOT n:${Label.MapLayout}
       RETURN count(n) AS n`,
      { id },
    );
    return result.records[0].get('n');
  }

  async addNeighbourhood(councilId: string, nb: Neighbourhood): Promise<Neighbourhood | null> {
    const result = await this.neo4j.write((tx) =>
      tx.run(
        `MATCH (c:${C} {id: $councilId})
         CREATE (c)-[:${Rel.HasNeighbourhood}]->(n:${N} {id: $id, name: $name, councilId: $councilId})
         SET c.dataVersion = coalesce(c.dataVersion, 0) + 1
         RETURN ${idName('n')} AS n`,
        { councilId, ...nb },
      ),
    );
    return (result.records[0]?.get('n') as Neighbourhood | undefined) ?? null;
  }

  async renameNeighbourhood(
    councilId: string,
    id: string,
    name: string,
  ): Promise<Neighbourhood | null> {
    const result = await this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const renamed = await tx.run(
        `MATCH (n:${N} {id: $id, councilId: $councilId}) SET n.name = $name RETURN ${idName('n')} AS n`,
        { councilId, id, name },
      );
      if (renamed.records.length > 0) changed();
      return renamed;
    });
    return (result.records[0]?.get('n') as Neighbourhood | undefined) ?? null;
  }

  /** Removes a neighbourhood nothing refers to; returns 'missing', 'in-use' or 'deleted'. */
  async removeNeighbourhood(
    councilId: string,
    id: string,
  ): Promise<'missing' | 'in-use' | 'deleted'> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const found = await tx.run(
        `MATCH (n:${N} {id: $id, councilId: $councilId}) SET n._lock = true REMOVE n._lock
         WITH n
         RETURN COUNT { (n)<-[r]-() WHERE type(r) <> '${Rel.HasNeighbourhood}' } AS uses`,
        { councilId, id },
      );
      if (found.records.length === 0) return 'missing';
      if ((found.records[0].get('uses') as number) > 0) return 'in-use';
      await tx.run(`MATCH (n:${N} {id: $id, councilId: $councilId}) DETACH DELETE n`, {
        councilId,
        id,
      });
      changed();
      return 'deleted';
    });
  }

  /**
   * Which of the given ids exist with the label inside the council. The tenant check
   * every service relies on: an id from another council is simply not found.
   */
  async existingInCouncil(
    councilId: string,
    label: LabelName,
    ids: string[],
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const result = await this.neo4j.query<{ id: string }>(
      `UNWIND $ids AS id MATCH (n:${label} {id: id}) WHERE n.councilId = $councilId RETURN n.id AS id`,
      { ids: [...new Set(ids)], councilId },
    );
    return new Set(result.records.map((r) => r.get('id')));
  }
}
