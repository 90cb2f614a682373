import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { lockRecords } from '../neo4j/locks';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Wave } from './models/wave.model';
import { pageOf, readPage } from '../neo4j/pagination';
import { pick } from '../neo4j/projection';

const W = Label.Wave;

/** Shared projection of a wave. */
const WAVE_PROJECTION = pick('w', ['id', 'label', 'date', 'method', 'responseRate']);

export type NewWave = Wave;
export type WaveChanges = Partial<Omit<Wave, 'id'>>;

export type CreateOutcome = { wave: Wave } | 'id-taken' | 'label-taken';
export type UpdateOutcome = { wave: Wave } | 'missing' | 'label-taken';
export type DeleteOutcome = 'missing' | { inUse: number } | 'deleted';

@Injectable()
export class WaveRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Checks id and label inside the same transaction that creates, so a refusal writes nothing. */
  async create(councilId: string, wave: NewWave): Promise<CreateOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const clash = await tx.run(
        `OPTIONAL MATCH (byId:${W} {id: $id})
         OPTIONAL MATCH (byLabel:${W} {councilId: $councilId, label: $label})
         RETURN byId IS NOT NULL AS idTaken, byLabel IS NOT NULL AS labelTaken`,
        { councilId, id: wave.id, label: wave.label },
      );
      if (clash.records[0].get('idTaken')) return 'id-taken';
      if (clash.records[0].get('labelTaken')) return 'label-taken';
      const created = await tx.run(
        `CREATE (w:${W} {id: $id, councilId: $councilId, label: $label, date: $date,
                         method: $method, responseRate: $responseRate,
                         createdAt: toString(datetime())})
         RETURN ${WAVE_PROJECTION} AS wave`,
        { councilId, ...wave },
      );
      changed();
      return { wave: created.records[0].get('wave') as Wave };
    });
  }

  async get(councilId: string, id: string): Promise<Wave | null> {
    const result = await this.neo4j.query(
      `MATCH (w:${W} {id: $id}) WHERE w.councilId = $councilId RETURN ${WAVE_PROJECTION} AS wave`,
      { councilId, id },
    );
    return (result.records[0]?.get('wave') as Wave | undefined) ?? null;
  }

  async list(
    councilId: string,
    offset: number,
    limit: number,
  ): Promise<{ items: Wave[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (w:${W}) WHERE w.councilId = $councilId
       WITH w ORDER BY w.date, w.label, w.id
       ${pageOf('w', WAVE_PROJECTION)}`,
      { councilId, offset, limit },
    );
    return readPage<Wave>(result);
  }

  async update(councilId: string, id: string, changes: WaveChanges): Promise<UpdateOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const found = await tx.run(
        `MATCH (w:${W} {id: $id}) WHERE w.councilId = $councilId
         OPTIONAL MATCH (other:${W} {councilId: $councilId, label: $label}) WHERE other <> w
         RETURN other IS NOT NULL AS labelTaken`,
        { councilId, id, label: changes.label ?? null },
      );
      if (found.records.length === 0) return 'missing';
      if (found.records[0].get('labelTaken')) return 'label-taken';
      const updated = await tx.run(
        `MATCH (w:${W} {id: $id}) WHERE w.councilId = $councilId
         SET w += $changes RETURN ${WAVE_PROJECTION} AS wave`,
        { councilId, id, changes },
      );
      changed();
      return { wave: updated.records[0].get('wave') as Wave };
    });
  }

  /**
   * Deletes a wave nothing points at. Ties (and their kept versions) name their wave by
   * `waveId`; deleting it under them would leave history pointing nowhere.
   */
  async delete(councilId: string, id: string): Promise<DeleteOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      // Locked first: a tie recorded in this wave meanwhile waits, then finds it gone.
      await lockRecords(tx, councilId, { [Label.Wave]: [id] });
      const found = await tx.run(
        `MATCH (w:${W} {id: $id}) WHERE w.councilId = $councilId
         RETURN COUNT {
           MATCH (t:${Label.Tie}) WHERE t.councilId = $councilId
             AND (t.waveId = $id OR EXISTS {
               MATCH (v:${Label.TieVersion})-[:${Rel.VersionOf}]->(t) WHERE v.waveId = $id })
         } AS uses`,
        { councilId, id },
      );
      if (found.records.length === 0) return 'missing';
      const uses = found.records[0].get('uses') as number;
      if (uses > 0) return { inUse: uses };
      await tx.run(`MATCH (w:${W} {id: $id}) WHERE w.councilId = $councilId DETACH DELETE w`, {
        councilId,
        id,
      });
      changed();
      return 'deleted';
    });
  }
}
