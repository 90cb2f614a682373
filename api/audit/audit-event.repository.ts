import { Injectable } from '@nestjs/common';
import { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from '../neo4j/statement';
import { Label, LabelName } from '../../graph/labels';
import { ANY_MEMBERSHIP } from '../membership/membership.cypher';
import { Neo4jService } from '../neo4j/neo4j.service';
import { AuditAction } from './dto/audit-event.args';
import { AuditEvent, FieldChange } from './models/audit-event.model';
import { pageOf } from '../neo4j/pagination';

const E = Label.AuditEvent;

export interface NewAuditEvent {
  id: string;
  at: string;
  action: AuditAction;
  operation: string;
  councilId: string | null;
  /** Further councils the event concerns (a user's councils, for account events). */
  councilIds: string[];
  userId: string | null;
  actor: string;
  viaToken: string | null;
  entityKind: string | null;
  entityIds: string[];
  changes: FieldChange[];
  reason: string | null;
  address: string | null;
}

export interface AuditFilters {
  councilId: string | null;
  entityId: string | null;
  userId: string | null;
  action: AuditAction | null;
  from: string | null;
  to: string | null;
}

/**
 * Audit events are append-only: this repository creates and reads them and has no update
 * or delete; deleting a council leaves its audit in place.
 */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Stores one event in a transaction of its own (see writeEvent). */
  async create(event: NewAuditEvent, after?: AfterState): Promise<void> {
    await this.neo4j.write((tx) => writeEvent(tx, event, after));
  }

  async list(
    filters: AuditFilters,
    offset: number,
    limit: number,
  ): Promise<{ items: AuditEvent[]; total: number }> {
    const result = await this.neo4j.query(
      // A council's audit is that of the council now under that id (by uid); with no such
      // council (it was deleted), the records still kept under the id.
      `OPTIONAL MATCH (c:${Label.Council} {id: $councilId})
       MATCH (e:${E})
       WHERE (CASE WHEN $councilId IS NULL THEN e.councilId IS NULL
                   WHEN c IS NULL THEN e.councilId = $councilId
                   ELSE (e.councilId = $councilId AND e.councilUid = c.uid)
                        OR $councilId IN coalesce(e.councilIds, []) END)
         AND ($entityId IS NULL OR $entityId IN e.entityIds)
         AND ($userId IS NULL OR e.userId = $userId)
         AND ($action IS NULL OR e.action = $action)
         AND ($from IS NULL OR e.at >= $from)
         AND ($to IS NULL OR e.at < $to)
       WITH e ORDER BY e.at DESC, e.id
       ${pageOf('e', 'e {.*}')}`,
      { ...filters, offset, limit },
    );
    const row = result.records[0];
    const items = (row.get('items') as (AuditEvent & { changes: string })[]).map((e) => ({
      ...e,
      changes: JSON.parse(e.changes ?? '[]') as FieldChange[],
    }));
    return { items, total: row.get('total') as number };
  }

  /**
   * The stored properties of records, for before/after. Memberships are relationships;
   * everything else is a node of the label inside the council (or the council itself).
   */
  /** The stored properties of records by id (memberships are relationships). */
  async snapshot(
    label: LabelName,
    councilId: string | null,
    ids: string[],
  ): Promise<Map<string, Record<string, unknown>>> {
    // A create names no record yet: nothing to read, so no transaction either.
    if (ids.length === 0) return new Map();
    return this.neo4j.read((tx) => readState(tx, label, councilId, ids));
  }
}

/**
 * Writes one event in transaction `tx` (its own, or the transaction of the change it
 * records). With `after`, the records it concerns are read first in the same transaction and
 * `after.changes` turns their state into the event's field changes. `then` runs in the same
 * statement, after the event (a council write's data-version bump: one statement fewer per
 * write, each a round of packing, a stack capture in the driver and a query on the server),
 * and its records are returned. With `known` state the statement is sent before this returns,
 * so a caller's statements sent afterwards run after it.
 */
export function writeEvent(
  tx: ManagedTransaction,
  event: NewAuditEvent,
  after?: AfterState,
  then?: Statement,
): Promise<Neo4jRecord[]> {
  const send = (changes: FieldChange[]) =>
    tx
      .run(then ? `CALL { ${CREATE_EVENT} } ${then.cypher}` : CREATE_EVENT, {
        ...then?.params,
        event: { ...event, changes: JSON.stringify(changes) },
      })
      .then((result) => result.records);
  if (!after) return send(event.changes);
  const known = after.known?.();
  if (known) return send(after.changes(known));
  return readState(tx, after.label, after.councilId, after.ids).then((state) =>
    send(after.changes(state)),
  );
}

/** Creates the event in $event (a NewAuditEvent with its changes as JSON). */
const CREATE_EVENT = `OPTIONAL MATCH (c:${Label.Council} {id: $event.councilId})
  CREATE (:${E} {id: $event.id, at: $event.at, action: $event.action, operation: $event.operation,
    councilId: $event.councilId, councilUid: c.uid, councilIds: $event.councilIds,
    userId: $event.userId, actor: $event.actor, viaToken: $event.viaToken,
    entityKind: $event.entityKind, entityIds: $event.entityIds, changes: $event.changes,
    reason: $event.reason, address: $event.address})`;

/** What an event's field changes are computed from, read in the event's own transaction. */
export interface AfterState {
  label: LabelName;
  councilId: string | null;
  ids: string[];
  changes: (now: Map<string, Record<string, unknown>>) => FieldChange[];
  /**
   * The records' state after the change when the writer knows it exactly (a create writes
   * the properties it was given): the event is then one statement, sent in the same round
   * trip as the change, instead of a read and then a write.
   */
  known?: () => Map<string, Record<string, unknown>>;
}

/** Needs $ids and $councilId. */
async function readState(
  tx: ManagedTransaction,
  label: LabelName,
  councilId: string | null,
  ids: string[],
): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) return new Map();
  const cypher =
    label === Label.Membership
      ? `UNWIND $ids AS id MATCH (a)-[m:${ANY_MEMBERSHIP} {id: id}]->()
         WHERE a.councilId = $councilId RETURN m.id AS id, properties(m) AS props`
      : `UNWIND $ids AS id MATCH (n:${label} {id: id})
         WHERE $councilId IS NULL OR n.councilId = $councilId OR n.id = $councilId
         RETURN n.id AS id, properties(n) AS props`;
  const result = await tx.run(cypher, { ids, councilId });
  return new Map(
    result.records.map((r) => [r.get('id') as string, r.get('props') as Record<string, unknown>]),
  );
}
