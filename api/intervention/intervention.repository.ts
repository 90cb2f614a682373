import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { lockRecords } from '../neo4j/locks';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Intervention, InterventionKind } from './models/intervention.model';
import { pageOf, readPage } from '../neo4j/pagination';
import { pick } from '../neo4j/projection';

const I = Label.Intervention;

/** Shared projection of an intervention. */
const INTERVENTION_PROJECTION = pick('i', ['id', 'date', 'label', 'kind', 'description']);

export type InterventionChanges = Partial<Omit<Intervention, 'id'>>;

export interface InterventionFilter {
  kind: InterventionKind | null;
  from: string | null;
  to: string | null;
}

export type DeleteOutcome = 'missing' | { notes: number } | 'deleted';

@Injectable()
export class InterventionRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Returns null when the id is already taken (checked in the creating transaction). */
  async create(councilId: string, intervention: Intervention): Promise<Intervention | null> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const taken = await tx.run(`MATCH (i:${I} {id: $id}) RETURN i.id`, { id: intervention.id });
      if (taken.records.length > 0) return null;
      const created = await tx.run(
        `CREATE (i:${I} {id: $id, councilId: $councilId, date: $date, label: $label,
                         kind: $kind, description: $description, createdAt: toString(datetime())})
         RETURN ${INTERVENTION_PROJECTION} AS intervention`,
        { councilId, ...intervention },
      );
      changed();
      return created.records[0].get('intervention') as Intervention;
    });
  }

  async get(councilId: string, id: string): Promise<Intervention | null> {
    const result = await this.neo4j.query(
      `MATCH (i:${I} {id: $id}) WHERE i.councilId = $councilId
       RETURN ${INTERVENTION_PROJECTION} AS intervention`,
      { councilId, id },
    );
    return (result.records[0]?.get('intervention') as Intervention | undefined) ?? null;
  }

  async list(
    councilId: string,
    filter: InterventionFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: Intervention[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (i:${I}) WHERE i.councilId = $councilId
         AND ($kind IS NULL OR i.kind = $kind)
         AND ($from IS NULL OR i.date >= $from)
         AND ($to IS NULL OR i.date <= $to)
       WITH i ORDER BY i.date, i.label, i.id
       ${pageOf('i', INTERVENTION_PROJECTION)}`,
      { councilId, ...filter, offset, limit },
    );
    return readPage<Intervention>(result);
  }

  async update(
    councilId: string,
    id: string,
    changes: InterventionChanges,
  ): Promise<Intervention | null> {
    const result = await this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const updated = await tx.run(
        `MATCH (i:${I} {id: $id}) WHERE i.councilId = $councilId
         SET i += $changes RETURN ${INTERVENTION_PROJECTION} AS intervention`,
        { councilId, id, changes },
      );
      if (updated.records.length > 0) changed();
      return updated;
    });
    return (result.records[0]?.get('intervention') as Intervention | undefined) ?? null;
  }

  /** Learning notes about an intervention keep it alive: deleting it would orphan them. */
  async delete(councilId: string, id: string): Promise<DeleteOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      // Locked first, so no note can be attached between the check and the delete.
      await lockRecords(tx, councilId, { [Label.Intervention]: [id] });
      const found = await tx.run(
        `MATCH (i:${I} {id: $id}) WHERE i.councilId = $councilId
         RETURN COUNT { (:${Label.LearningNote})-[:${Rel.About}]->(i) } AS notes`,
        { councilId, id },
      );
      if (found.records.length === 0) return 'missing';
      const notes = found.records[0].get('notes') as number;
      if (notes > 0) return { notes };
      await tx.run(`MATCH (i:${I} {id: $id}) WHERE i.councilId = $councilId DETACH DELETE i`, {
        councilId,
        id,
      });
      changed();
      return 'deleted';
    });
  }
}
