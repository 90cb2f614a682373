import { Injectable } from '@nestjs/common';
import { LabelName } from '../../graph/labels';
import { Principal } from '../auth/principal';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from '../neo4j/statement';
import {
  AfterState,
  AuditEventRepository,
  AuditFilters,
  NewAuditEvent,
  writeEvent,
} from './audit-event.repository';
import { AuditAction } from './dto/audit-event.args';
import { AuditEvent, FieldChange } from './models/audit-event.model';

/** Who did something, as the audit records it. */
export interface AuditActor {
  userId: string | null;
  actor: string;
  viaToken: string | null;
  address: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  operation: string;
  councilId?: string | null;
  /** Further councils the event concerns; it shows in each one's audit. */
  councilIds?: string[];
  entityKind?: string | null;
  entityIds?: string[];
  changes?: FieldChange[];
  reason?: string | null;
}

/** Never in an audit record, whatever the record holds. */
const SECRET_FIELDS = new Set(['passwordHash', 'hash']);
/** Bookkeeping that every write moves; not a change anyone made. */
const NOISE_FIELDS = new Set(['councilId', 'dataVersion']);

export function auditActor(principal: Principal | undefined, address: string | null): AuditActor {
  if (!principal) return { userId: null, actor: 'anonymous', viaToken: null, address };
  return {
    userId: principal.userId,
    actor: `${principal.name} <${principal.email}>`,
    viaToken: principal.tokenName,
    address,
  };
}

/** Field-level changes between two stored states of records (absent = created or deleted). */
export function fieldChanges(
  ids: string[],
  before: Map<string, Record<string, unknown>>,
  after: Map<string, Record<string, unknown>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const id of ids) {
    const was = before.get(id) ?? {};
    const now = after.get(id) ?? {};
    for (const field of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
      if (SECRET_FIELDS.has(field) || NOISE_FIELDS.has(field)) continue;
      const b = was[field] === undefined ? null : JSON.stringify(was[field]);
      const a = now[field] === undefined ? null : JSON.stringify(now[field]);
      if (a !== b) changes.push({ entityId: id, field, before: b, after: a });
    }
  }
  return changes;
}

/** The records an event concerns and their state before the change. */
export interface AfterInput {
  label: LabelName;
  councilId: string | null;
  ids: string[];
  before: Map<string, Record<string, unknown>>;
}

function newEvent(who: AuditActor, event: AuditRecord): NewAuditEvent {
  return {
    id: newId('audit'),
    at: new Date().toISOString(),
    action: event.action,
    operation: event.operation,
    councilId: event.councilId ?? null,
    councilIds: event.councilIds ?? [],
    userId: who.userId,
    actor: who.actor,
    viaToken: who.viaToken,
    entityKind: event.entityKind ?? null,
    entityIds: event.entityIds ?? [],
    changes: event.changes ?? [],
    reason: event.reason ?? null,
    address: who.address,
  };
}

function afterState(
  after: AfterInput | undefined,
  known?: () => Map<string, Record<string, unknown>>,
): AfterState | undefined {
  return (
    after && {
      label: after.label,
      councilId: after.councilId,
      ids: after.ids,
      changes: (now) => fieldChanges(after.ids, after.before, now),
      known,
    }
  );
}

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  /**
   * Stores one event in a transaction of its own. With `after`, its field changes are
   * computed from `after.before` and the records' state read in that transaction.
   */
  async record(who: AuditActor, event: AuditRecord, after?: AfterInput): Promise<void> {
    await this.events.create(newEvent(who, event), afterState(after));
  }

  /**
   * The same, inside transaction `tx`: the transaction of the change it records. `known`
   * is the records' state after the change when the writer knows it (see AfterState);
   * `then` runs in the same statement, after the event (see writeEvent).
   */
  recordIn(
    tx: ManagedTransaction,
    who: AuditActor,
    event: AuditRecord,
    after?: AfterInput,
    known?: () => Map<string, Record<string, unknown>>,
    then?: Statement,
  ): Promise<Neo4jRecord[]> {
    return writeEvent(tx, newEvent(who, event), afterState(after, known), then);
  }

  snapshot(label: LabelName, councilId: string | null, ids: string[]) {
    return this.events.snapshot(label, councilId, ids);
  }

  async list(filters: AuditFilters, offset: number, limit: number): Promise<Page<AuditEvent>> {
    if (filters.from && filters.to && filters.to <= filters.from) {
      throw DomainError.badInput([{ field: 'to', message: 'to must be after from' }]);
    }
    const page = await this.events.list(filters, offset, limit);
    return { ...page, offset, limit };
  }
}
