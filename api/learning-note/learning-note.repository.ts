import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { ManagedTransaction } from 'neo4j-driver';
import { lockRecords } from '../neo4j/locks';
import { Neo4jService } from '../neo4j/neo4j.service';
import { LearningNote, NoteTargetKind } from './models/learning-note.model';
import { NoteTargetRef, TARGET_LABEL } from './note-target';
import { pageOf, readPage } from '../neo4j/pagination';
import { idName } from '../neo4j/projection';

const L = Label.LearningNote;

/** Shared projection of a note with its category and target. */
const NOTE_PROJECTION = `n {
  .id, .text, .date, .authorRole,
  category: head(COLLECT { MATCH (n)-[:${Rel.InCategory}]->(category:${Label.NoteCategory}) RETURN ${idName('category')} }),
  target: {kind: n.targetKind, id: n.targetId}
}`;

/**
 * The target `t` is in the council: council-scoped nodes carry councilId, the council
 * itself is matched by its own id.
 */
const TARGET_IN_COUNCIL = `(t.councilId = $councilId OR (t:${Label.Council} AND t.id = $councilId))`;

export interface NewNote {
  id: string;
  categoryId: string;
  text: string;
  date: string;
  authorRole: string;
  target: NoteTargetRef;
}

export interface NoteChanges {
  categoryId?: string;
  text?: string;
  date?: string;
  authorRole?: string;
  target?: NoteTargetRef;
}

export interface NoteFilter {
  targetKind: NoteTargetKind | null;
  targetId: string | null;
  categoryId: string | null;
  from: string | null;
  to: string | null;
  search: string | null;
}

export type CreateOutcome = { note: LearningNote } | 'id-taken' | 'target-missing';
export type UpdateOutcome = { note: LearningNote } | 'missing' | 'target-missing';

@Injectable()
export class LearningNoteRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(councilId: string, note: NewNote): Promise<CreateOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      await lockTarget(tx, councilId, note.target);
      const taken = await tx.run(`MATCH (n:${L} {id: $id}) RETURN n.id`, { id: note.id });
      if (taken.records.length > 0) return 'id-taken';
      const created = await tx.run(
        `MATCH (t:${TARGET_LABEL[note.target.kind]} {id: $targetId}) WHERE ${TARGET_IN_COUNCIL}
         MATCH (c:${Label.NoteCategory} {id: $categoryId})
         CREATE (n:${L} {id: $id, councilId: $councilId, categoryId: $categoryId, text: $text,
                         date: $date, authorRole: $authorRole, targetKind: $targetKind,
                         targetId: $targetId, createdAt: toString(datetime())})
         CREATE (n)-[:${Rel.About}]->(t), (n)-[:${Rel.InCategory}]->(c)
         RETURN ${NOTE_PROJECTION} AS note`,
        {
          councilId,
          id: note.id,
          categoryId: note.categoryId,
          text: note.text,
          date: note.date,
          authorRole: note.authorRole,
          targetKind: note.target.kind,
          targetId: note.target.id,
        },
      );
      if (created.records.length === 0) return 'target-missing';
      changed();
      return { note: created.records[0].get('note') as LearningNote };
    });
  }

  async get(councilId: string, id: string): Promise<LearningNote | null> {
    const result = await this.neo4j.query(
      `MATCH (n:${L} {id: $id}) WHERE n.councilId = $councilId RETURN ${NOTE_PROJECTION} AS note`,
      { councilId, id },
    );
    return (result.records[0]?.get('note') as LearningNote | undefined) ?? null;
  }

  async list(
    councilId: string,
    filter: NoteFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: LearningNote[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (n:${L}) WHERE n.councilId = $councilId
         AND ($targetKind IS NULL OR n.targetKind = $targetKind)
         AND ($targetId IS NULL OR n.targetId = $targetId)
         AND ($categoryId IS NULL OR n.categoryId = $categoryId)
         AND ($from IS NULL OR n.date >= $from)
         AND ($to IS NULL OR n.date <= $to)
         AND ($search IS NULL OR toLower(n.text) CONTAINS toLower($search))
       WITH n ORDER BY n.date, n.createdAt, n.id
       ${pageOf('n', NOTE_PROJECTION)}`,
      { councilId, ...filter, offset, limit },
    );
    return readPage<LearningNote>(result);
  }

  /** Re-points ABOUT / IN_CATEGORY and sets the properties in one transaction. */
  async update(councilId: string, id: string, changes: NoteChanges): Promise<UpdateOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const match = `MATCH (n:${L} {id: $id}) WHERE n.councilId = $councilId`;
      const { target, ...props } = changes;
      if (target) await lockTarget(tx, councilId, target);
      const found = await tx.run(`${match} RETURN n.id`, { councilId, id });
      if (found.records.length === 0) return 'missing';
      if (target) {
        // Matching the new target first means a vanished target changes nothing.
        const moved = await tx.run(
          `${match}
           MATCH (t:${TARGET_LABEL[target.kind]} {id: $targetId}) WHERE ${TARGET_IN_COUNCIL}
           OPTIONAL MATCH (n)-[old:${Rel.About}]->()
           DELETE old
           WITH DISTINCT n, t
           CREATE (n)-[:${Rel.About}]->(t)
           SET n.targetKind = $targetKind, n.targetId = $targetId
           RETURN n.id`,
          { councilId, id, targetKind: target.kind, targetId: target.id },
        );
        if (moved.records.length === 0) return 'target-missing';
      }
      if (props.categoryId) {
        await tx.run(
          `${match}
           MATCH (c:${Label.NoteCategory} {id: $categoryId})
           OPTIONAL MATCH (n)-[old:${Rel.InCategory}]->()
           DELETE old
           WITH DISTINCT n, c
           CREATE (n)-[:${Rel.InCategory}]->(c)`,
          { councilId, id, categoryId: props.categoryId },
        );
      }
      const updated = await tx.run(`${match} SET n += $props RETURN ${NOTE_PROJECTION} AS note`, {
        councilId,
        id,
        props,
      });
      changed();
      return { note: updated.records[0].get('note') as LearningNote };
    });
  }

  async delete(councilId: string, id: string): Promise<boolean> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const result = await tx.run(
        `MATCH (n:${L} {id: $id}) WHERE n.councilId = $councilId
         DETACH DELETE n RETURN count(*) AS deleted`,
        { councilId, id },
      );
      const deleted = (result.records[0]?.get('deleted') as number) > 0;
      if (deleted) changed();
      return deleted;
    });
  }
}

/**
 * The record a note is about, locked first (a delete of it locks it too, then checks for
 * notes): the note and the delete cannot both succeed. The council itself is never deleted
 * under a note: a council delete takes the council's lock, as every write's version bump does.
 */
async function lockTarget(
  tx: ManagedTransaction,
  councilId: string,
  target: { kind: NoteTargetKind; id: string },
) {
  if (target.kind === NoteTargetKind.COUNCIL) return;
  await lockRecords(tx, councilId, { [TARGET_LABEL[target.kind]]: [target.id] });
}
