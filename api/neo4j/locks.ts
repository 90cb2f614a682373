import { ManagedTransaction } from 'neo4j-driver';
import { Label, LabelName } from '../../graph/labels';

/**
 * Write locks taken first in a transaction, so that a check made after them stays true at
 * commit (Neo4j reads at read-committed; only locks serialise). Every writer takes them in
 * one global order — label order below, then id — so two writers never wait on each other
 * in a circle; a deadlock Neo4j still reports (from locks a write takes implicitly, or a
 * forced council delete, which locks the council first, meeting a write that locks it last)
 * is a transient error that Neo4jService retries (neo4j-retry.ts).
 */
export const LOCK_ORDER: readonly LabelName[] = [
  Label.Organisation,
  Label.Team,
  Label.Person,
  Label.Wave,
  Label.Intervention,
  Label.Tie,
  Label.LearningNote,
];

export type LockRequest = Partial<Record<LabelName, readonly (string | null | undefined)[]>>;

/**
 * Locks the records of the council (SET then REMOVE of a marker: a write lock, no trace)
 * and returns the ids found per label; a missing id is simply not in the result.
 */
export async function lockRecords(
  tx: ManagedTransaction,
  councilId: string,
  request: LockRequest,
): Promise<Map<LabelName, Set<string>>> {
  const found = new Map<LabelName, Set<string>>();
  for (const label of LOCK_ORDER) {
    const ids = [...new Set((request[label] ?? []).filter((id): id is string => !!id))].sort();
    if (ids.length === 0) continue;
    // Found, locked, then read again: a record deleted by a transaction that committed while
    // this one waited for its lock is not reported as found (the first read saw it).
    const result = await tx.run<{ id: string }>(
      `CALL () {
         UNWIND $ids AS id
         MATCH (n:${label} {id: id}) WHERE n.councilId = $councilId
         WITH n ORDER BY n.id
         SET n._lock = true REMOVE n._lock
         RETURN count(*) AS locked
       }
       UNWIND $ids AS id
       MATCH (n:${label} {id: id}) WHERE n.councilId = $councilId
       RETURN n.id AS id`,
      { ids, councilId },
    );
    found.set(label, new Set(result.records.map((r) => r.get('id'))));
  }
  return found;
}

/**
 * Moves the council's data version inside the write's own transaction, as its last
 * statement: the analytics cache key changes exactly when the data does. It also holds the
 * council's lock from here to commit (briefly), which is what makes a concurrent forced
 * delete safe: a write that reaches this after the council was deleted finds nothing and
 * rolls back. Returns false when the council no longer exists.
 */
export async function bumpDataVersion(tx: ManagedTransaction, councilId: string): Promise<boolean> {
  // The council is locked first and then read again by its uid: if a forced delete committed
  // while this write waited for the lock, the second read finds nothing (or a new council
  // with the same id but another uid) and the caller rolls the whole write back.
  const result = await tx.run(
    `MATCH (c:${Label.Council} {id: $councilId})
     WITH c, c.uid AS uid
     SET c._lock = true REMOVE c._lock
     WITH uid
     MATCH (now:${Label.Council} {id: $councilId}) WHERE now.uid = uid
     SET now.dataVersion = coalesce(now.dataVersion, 0) + 1
     RETURN now.dataVersion AS version`,
    { councilId },
  );
  return result.records.length > 0;
}
