import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { DomainError } from '../common/domain-error';
import { validAt } from '../common/temporal';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Tie } from './models/tie.model';
import { ACTOR_LABEL, ActorKind, TieFrequency, TieSource } from './models/tie.enums';
import { CONFLICT_LOOKUP, NEW_TIE_PROPERTIES, TIE_PROJECTION } from './tie.cypher';
import { TieIdentity } from './tie-rules';

const T = Label.Tie;

/** Everything stored on a new Tie node, except councilId and version. */
export interface TieRow extends TieIdentity {
  id: string;
  fromKind: ActorKind;
  toKind: ActorKind;
  strength: number;
  frequency: TieFrequency;
  integrationLevel: number;
  trust: number | null;
  source: TieSource;
  confidence: number;
  waveId: string | null;
  note: string | null;
  recordedAt: string;
}

export interface TieFilters {
  typeId: string | null;
  actorId: string | null;
  fromKind: ActorKind | null;
  toKind: ActorKind | null;
  minStrength: number | null;
  sectorId: string | null;
  source: TieSource | null;
}

/** Attributes a tie edit may change; null clears an optional one. */
export type TieChanges = Partial<
  Omit<TieRow, 'id' | 'fromId' | 'fromKind' | 'toId' | 'toKind' | 'recordedAt'>
>;

export interface ChangeRecord {
  versionId: string;
  at: string;
  actor: string;
  reason: string | null;
}

/** Rows per UNWIND statement: large enough to amortise round trips, small for memory. */
export const WRITE_CHUNK = 1000;

/**
 * A tie has an end in the sector as of $asOf: an organisation of the sector, a team part
 * of one, or a person in such a team (memberships valid at the same moment).
 */
const IN_SECTOR = `EXISTS { MATCH (t)-[:FROM|TO]->(a)
  WHERE (a:${Label.Organisation} AND a.sectorId = $sectorId)
     OR (a:${Label.Team} AND EXISTS { MATCH (a)-[p:PART_OF]->(o:${Label.Organisation})
                          WHERE ${validAt('p')} AND o.sectorId = $sectorId })
     OR (a:${Label.Person} AND EXISTS {
          MATCH (a)-[m:MEMBER_OF]->(:${Label.Team})-[p:PART_OF]->(o:${Label.Organisation})
          WHERE ${validAt('m')} AND ${validAt('p')} AND o.sectorId = $sectorId }) }`;

@Injectable()
export class TieRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The tie, optionally only if valid at `asOf`; people at its ends by pseudonym unless revealNames. */
  async get(
    councilId: string,
    id: string,
    asOf: string | null,
    revealNames: boolean,
  ): Promise<Tie | null> {
    const result = await this.neo4j.query(
      `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         AND ($asOf IS NULL OR ${validAt('t')})
       RETURN ${TIE_PROJECTION} AS tie`,
      { councilId, id, asOf, revealNames },
    );
    return (result.records[0]?.get('tie') as Tie | undefined) ?? null;
  }

  async list(
    councilId: string,
    asOf: string,
    filters: TieFilters,
    page: { offset: number; limit: number; revealNames: boolean },
  ): Promise<{ items: Tie[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (t:${T}) WHERE t.councilId = $councilId AND ${validAt('t')}
         AND ($typeId IS NULL OR t.typeId = $typeId)
         AND ($actorId IS NULL OR t.fromId = $actorId OR t.toId = $actorId)
         AND ($fromKind IS NULL OR t.fromKind = $fromKind)
         AND ($toKind IS NULL OR t.toKind = $toKind)
         AND ($minStrength IS NULL OR t.strength >= $minStrength)
         AND ($source IS NULL OR t.source = $source)
         AND ($sectorId IS NULL OR ${IN_SECTOR})
       WITH t ORDER BY t.validFrom, t.id
       WITH collect(t) AS matched
       RETURN size(matched) AS total,
              [t IN matched[$offset..($offset + $limit)] | ${TIE_PROJECTION}] AS items`,
      { councilId, asOf, ...filters, ...page },
    );
    const row = result.records[0];
    return { items: row.get('items') as Tie[], total: row.get('total') as number };
  }

  /** Ids of stored ties identical to the candidate, other than `exceptId`. */
  async conflicting(
    councilId: string,
    candidate: TieIdentity,
    exceptId: string | null,
  ): Promise<string[]> {
    const result = await this.neo4j.query<{ id: string }>(
      `WITH $candidate AS c CALL (c) { ${CONFLICT_LOOKUP} }
       WITH t WHERE $exceptId IS NULL OR t.id <> $exceptId
       RETURN t.id AS id`,
      { councilId, candidate, exceptId },
    );
    return result.records.map((r) => r.get('id'));
  }

  /**
   * Creates all rows in ONE transaction, UNWIND in chunks per (fromKind, toKind), so each
   * endpoint is matched by label and id through the unique-id index. Endpoints were
   * validated beforehand; if one vanished meanwhile the whole write is rolled back.
   */
  async createMany(councilId: string, rows: TieRow[]): Promise<number> {
    const groups = new Map<string, TieRow[]>();
    for (const row of rows) {
      const key = `${row.fromKind}|${row.toKind}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return this.neo4j.write(async (tx) => {
      let created = 0;
      for (const group of groups.values()) {
        const from = ACTOR_LABEL[group[0].fromKind];
        const to = ACTOR_LABEL[group[0].toKind];
        for (let i = 0; i < group.length; i += WRITE_CHUNK) {
          const chunk = group.slice(i, i + WRITE_CHUNK);
          const result = await tx.run<{ n: number }>(
            `UNWIND $rows AS row
             MATCH (a:${from} {id: row.fromId}) WHERE a.councilId = $councilId
             MATCH (b:${to} {id: row.toId}) WHERE b.councilId = $councilId
             MATCH (tt:${Label.TieType} {id: row.typeId})
             CREATE (t:${T} ${NEW_TIE_PROPERTIES})
             CREATE (t)-[:FROM]->(a), (t)-[:TO]->(b), (t)-[:OF_TYPE]->(tt)
             RETURN count(t) AS n`,
            { rows: chunk, councilId },
          );
          const n = result.records[0].get('n');
          if (n !== chunk.length) {
            throw DomainError.conflict('An endpoint of a tie was removed meanwhile; try again');
          }
          created += n;
        }
      }
      return created;
    });
  }

  /**
   * Copies the current state into a TieVersion, applies the changes and bumps the
   * version, in one transaction. Returns false when the tie is not in the council.
   */
  async update(
    councilId: string,
    id: string,
    changes: TieChanges,
    change: ChangeRecord,
  ): Promise<boolean> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        // Bumping the version first takes the tie's write lock before anything is read,
        // so concurrent edits queue up and each copies the state it replaces.
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         SET t.version = t.version + 1
         CREATE (v:${Label.TieVersion})
         SET v = properties(t), v.id = $change.versionId, v.tieId = t.id,
             v.version = t.version - 1, v.changedAt = $change.at,
             v.changedBy = $change.actor, v.changeReason = $change.reason
         CREATE (v)-[:VERSION_OF]->(t)
         SET t += $changes, t.recordedAt = $change.at
         RETURN t.typeId AS typeId`,
        { councilId, id, changes, change },
      );
      if (result.records.length === 0) return false;
      if (changes.typeId !== undefined) {
        await tx.run(
          `MATCH (t:${T} {id: $id})-[r:OF_TYPE]->() DELETE r
           WITH DISTINCT t MATCH (tt:${Label.TieType} {id: t.typeId}) CREATE (t)-[:OF_TYPE]->(tt)`,
          { id },
        );
      }
      return true;
    });
  }

  /**
   * Hard delete for mistakes: removes the tie and its versions in one transaction (the
   * audit interceptor records the tie as it was, with the reason). A tie that something
   * else refers to (a learning note) is left alone: 'in-use'.
   */
  async delete(councilId: string, id: string): Promise<'missing' | 'in-use' | 'deleted'> {
    return this.neo4j.write(async (tx) => {
      const found = await tx.run(
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         RETURN COUNT { (t)<-[r]-() WHERE NOT r:VERSION_OF } AS uses`,
        { councilId, id },
      );
      if (found.records.length === 0) return 'missing';
      if ((found.records[0].get('uses') as number) > 0) return 'in-use';
      await tx.run(
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         OPTIONAL MATCH (v:${Label.TieVersion})-[:VERSION_OF]->(t)
         DETACH DELETE v, t`,
        { councilId, id },
      );
      return 'deleted';
    });
  }
}
