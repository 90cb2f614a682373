import { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from './statement';
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
 * Locks the records of the council and returns the ids found per label; a missing id is
 * simply not in the result. Setting a property to the value it has is the lock: Neo4j takes
 * the node's write lock for any SET and writes nothing when the value is unchanged (tested
 * in locks.test.ts). (`REMOVE` of an absent property is not: on a store where no node ever
 * had the property, Cypher finds no such property key and takes no lock; the concurrency
 * suite on a fresh store in CI caught it.) One pass: a node deleted by a transaction that
 * committed while this one waited for its lock reads back with no id, and is not reported
 * as found (also tested there).
 */
export function lockRecords(
  tx: ManagedTransaction,
  councilId: string,
  request: LockRequest,
): Promise<Map<LabelName, Set<string>>> {
  return recordsOf(tx, councilId, request, true);
}

/**
 * The same look-up without the locks: the ids found per label, as of this statement. For
 * records whose deletion a write need not wait for (a tie's ends: creating a relationship to
 * a node makes a concurrent delete of it wait, and fail as a deadlock to be retried).
 */
export function findRecords(
  tx: ManagedTransaction,
  councilId: string,
  request: LockRequest,
): Promise<Map<LabelName, Set<string>>> {
  return recordsOf(tx, councilId, request, false);
}

function recordsOf(
  tx: ManagedTransaction,
  councilId: string,
  request: LockRequest,
  lock: boolean,
): Promise<Map<LabelName, Set<string>>> {
  // Every statement is sent before any answer is awaited (Bolt pipelines them, and the
  // server runs them in this order), so a caller may send its own check right after this
  // call, in the same round trip, and that check runs after the locks are held.
  const pending = LOCK_ORDER.flatMap((label) => {
    const ids = [...new Set((request[label] ?? []).filter((id): id is string => !!id))].sort();
    if (ids.length === 0) return [];
    const result = tx.run<{ id: string | null }>(
      `UNWIND $ids AS id
       MATCH (n:${label} {id: id}) WHERE n.councilId = $councilId
       ${lock ? 'WITH n ORDER BY n.id SET n.councilId = n.councilId' : ''}
       RETURN n.id AS id`,
      { ids, councilId },
    );
    return [{ label, result }];
  });
  return Promise.all(
    pending.map(async ({ label, result }) => {
      const records = (await result).records;
      const found = records.map((r) => r.get('id')).filter((id): id is string => id !== null);
      return [label, new Set(found)] as const;
    }),
  ).then((entries) => new Map(entries));
}

/**
 * Locks tie pairs (keys from pairKey in tie-rules.ts: type and unordered ends, so identical
 * ties share one) for the identical-tie check: every writer that checks it takes these, after
 * its record locks, in key order. A MERGE on the unique TiePairLock key waits for another
 * transaction that MERGEd the same key to commit; the node is deleted again at once, so none
 * is ever stored (migration 0010). Unlike locking both people at the ends, two writers of
 * different ties never wait on each other, however many people they share: a batch no longer
 * queues behind another batch that happens to touch one of its 4,000 people. Sent at once
 * (not awaited), like lockRecords. Needs $councilId.
 *
 * `then`, the check the locks are for, runs in the same statement once every lock is held
 * (the count is an aggregation: no row goes on before all keys are merged), so it reads what
 * the pairs' last writers committed; its records are returned (none without `then`).
 */
export function lockTiePairs(
  tx: ManagedTransaction,
  councilId: string,
  keys: readonly string[],
  then?: Statement,
): Promise<Neo4jRecord[]> {
  const sorted = [...new Set(keys)].sort();
  const run = (cypher: string, params: Record<string, unknown>) =>
    tx.run(cypher, params).then((result) => result.records);
  if (sorted.length === 0) return then ? run(then.cypher, then.params) : Promise.resolve([]);
  const lock = `UNWIND $keys AS key
     MERGE (l:${Label.TiePairLock} {key: $councilId + '|' + key})
     DELETE l`;
  return then
    ? run(`${lock} WITH count(*) AS locked ${then.cypher}`, {
        ...then.params,
        keys: sorted,
        councilId,
      })
    : run(lock, { keys: sorted, councilId });
}
