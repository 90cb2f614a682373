import { ManagedTransaction } from 'neo4j-driver';
import { Label } from '../../graph/labels';
import type { Statement } from './statement';

/**
 * A council's data version (the analytics cache key) is its own counter plus the sum of
 * DATA_VERSION_STRIPES stripe nodes. A write moves one stripe chosen at random, so writers
 * in one council rarely queue behind the same lock (one counter on the Council node made
 * every writer wait for all the others' commits). Migration 0009 made them for existing
 * councils, and migration 0011 raised them to 128 (see its comment).
 */
export const DATA_VERSION_STRIPES = 128;

const S = Label.DataVersionStripe;

/**
 * Creates (or keeps) the stripes of council `c` (a variable in scope). Idempotent (MERGE), so
 * a seed run on an existing council is safe; stripes left by an earlier council with the same
 * id (deleted by hand) are taken over, with this council's uid. Needs nothing but `c`.
 */
export const ensureStripes = (c: string) =>
  `FOREACH (slot IN range(0, ${DATA_VERSION_STRIPES - 1}) |
     MERGE (s:${S} {councilId: ${c}.id, slot: slot})
     ON CREATE SET s.version = 0
     SET s.councilUid = ${c}.uid)`;

/**
 * Locks every stripe of council $id (after its Council node), in slot order: what a forced
 * delete does first, so that every write either committed before it (and is deleted with
 * the rest) or waits and then finds its stripe gone. Needs $id.
 */
export const LOCK_STRIPES = `MATCH (s:${S} {councilId: $id})
  WITH s ORDER BY s.slot
  SET s._lock = true REMOVE s._lock
  RETURN count(s) AS stripes`;

/** The version: the council's own counter plus its stripes; null for no such council. Needs $councilId. */
export const DATA_VERSION = `MATCH (c:${Label.Council} {id: $councilId})
  RETURN reduce(total = coalesce(c.dataVersion, 0),
                version IN COLLECT { MATCH (s:${S} {councilId: $councilId}) RETURN s.version }
                | total + version) AS v`;

/**
 * Moves one stripe of the council's data version inside the write's own transaction, as
 * its last statement: the cache key changes exactly when the data does. The stripe's lock
 * is held from here to commit (briefly), which is what makes a concurrent forced delete
 * safe: a write that reaches this after the council was deleted finds nothing and rolls
 * back. Returns false when the council no longer exists.
 */
export async function bumpDataVersion(tx: ManagedTransaction, councilId: string): Promise<boolean> {
  const bump = bumpStatement(councilId);
  const result = await tx.run(bump.cypher, bump.params);
  return result.records.length > 0;
}

/**
 * The bump as a statement, for a write that sends it as part of a statement of its own (the
 * audit event's, see writeEvent): it yields one row when the stripe moved and none when the
 * council is gone.
 */
export function bumpStatement(councilId: string): Statement {
  // The stripe is locked first and then read again by the council's uid: if a forced delete
  // committed while this write waited for the lock, the second read finds nothing (or the
  // stripe of a new council with the same id, with another uid) and the caller rolls back.
  // The slot is drawn in Cypher so the statement and its parameters stay the same each time.
  return {
    cypher: `WITH toInteger(rand() * ${DATA_VERSION_STRIPES}) AS slot
     MATCH (s:${S} {councilId: $councilId, slot: slot})
     WITH slot, s, s.councilUid AS uid
     SET s._lock = true REMOVE s._lock
     WITH slot, uid
     MATCH (now:${S} {councilId: $councilId, slot: slot}) WHERE now.councilUid = uid
     // The council itself, too: stripes left by a council deleted some other way never count.
     MATCH (:${Label.Council} {id: $councilId, uid: uid})
     SET now.version = now.version + 1
     RETURN now.version AS version`,
    params: { councilId },
  };
}
