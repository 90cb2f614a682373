import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { newId } from '../common/ids';
import { Neo4jService } from '../neo4j/neo4j.service';
import { MapAlgorithm } from './models/map-layout.enums';

const L = Label.MapLayout;

/**
 * A layout as stored: parallel lists (ids, xs, ys) rather than one node per position, so a
 * 10,000-person map is one record read and written in one statement.
 */
export interface StoredLayout {
  ids: string[];
  xs: number[];
  ys: number[];
  pinned: string[];
  algorithm: MapAlgorithm;
  updatedAt: string | null;
}

export interface PositionChange {
  id: string;
  x: number;
  y: number;
  pinned: boolean;
}

/** A saved map can hold at most this many nodes (five times the largest council in view). */
export const MAX_STORED_POSITIONS = 50_000;

@Injectable()
export class MapLayoutRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async get(councilId: string, key: string): Promise<StoredLayout | null> {
    const result = await this.neo4j.query(
      `MATCH (l:${L} {councilId: $councilId, key: $key})
       RETURN l {.ids, .xs, .ys, .pinned, .algorithm, .updatedAt} AS layout`,
      { councilId, key },
    );
    return (result.records[0]?.get('layout') as StoredLayout | undefined) ?? null;
  }

  /**
   * Merges `changes` into the saved layout (or replaces it) in one transaction. The council
   * node is locked first, as deleting a council does: a save racing the deletion either
   * commits before it (and is deleted with the council) or finds no council and writes
   * nothing. The layout's own lock then makes two saves of the same map apply one after the
   * other, each onto the other's result: no drag is lost.
   */
  async save(
    councilId: string,
    key: string,
    changes: PositionChange[],
    replace: boolean,
    algorithm: MapAlgorithm | undefined,
    actor: string,
  ): Promise<StoredLayout | 'no-council' | 'too-many'> {
    return this.neo4j.write(async (tx) => {
      const locked = await tx.run(
        `MATCH (c:${Label.Council} {id: $councilId}) SET c._lock = true REMOVE c._lock
         MERGE (l:${L} {councilId: $councilId, key: $key})
           ON CREATE SET l.id = $id, l.ids = [], l.xs = [], l.ys = [], l.pinned = [],
                         l.algorithm = $defaultAlgorithm
         SET l._lock = true REMOVE l._lock
         RETURN l {.ids, .xs, .ys, .pinned} AS layout`,
        { councilId, key, id: newId('layout'), defaultAlgorithm: algorithm ?? MapAlgorithm.FORCE },
      );
      if (locked.records.length === 0) return 'no-council';
      const before = locked.records[0].get('layout') as Omit<
        StoredLayout,
        'algorithm' | 'updatedAt'
      >;
      const merged = mergePositions(replace ? null : before, changes);
      if (merged.ids.length > MAX_STORED_POSITIONS) return 'too-many';
      const saved = await tx.run(
        `MATCH (l:${L} {councilId: $councilId, key: $key})
         SET l.ids = $ids, l.xs = $xs, l.ys = $ys, l.pinned = $pinned,
             l.algorithm = coalesce($algorithm, l.algorithm),
             l.updatedAt = toString(datetime()), l.updatedBy = $actor
         RETURN l {.ids, .xs, .ys, .pinned, .algorithm, .updatedAt} AS layout`,
        { councilId, key, ...merged, algorithm: algorithm ?? null, actor },
      );
      return saved.records[0].get('layout') as StoredLayout;
    });
  }
}

/** The saved lists with `changes` applied (later changes for one id win), in first-seen order. */
export function mergePositions(
  before: Pick<StoredLayout, 'ids' | 'xs' | 'ys' | 'pinned'> | null,
  changes: PositionChange[],
): Pick<StoredLayout, 'ids' | 'xs' | 'ys' | 'pinned'> {
  const at = new Map<string, { x: number; y: number; pinned: boolean }>();
  if (before) {
    const pinned = new Set(before.pinned);
    before.ids.forEach((id, i) =>
      at.set(id, { x: before.xs[i], y: before.ys[i], pinned: pinned.has(id) }),
    );
  }
  for (const c of changes) at.set(c.id, { x: c.x, y: c.y, pinned: c.pinned });
  const ids = [...at.keys()];
  return {
    ids,
    xs: ids.map((id) => at.get(id)!.x),
    ys: ids.map((id) => at.get(id)!.y),
    pinned: ids.filter((id) => at.get(id)!.pinned),
  };
}
