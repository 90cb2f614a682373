import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from '../neo4j/statement';
import type { DomainError } from './domain-error';

/**
 * The audit event of the mutation being served, set by the audit interceptor before the
 * resolver runs. A write that names the records it changed (`changed(ids)` in
 * Neo4jService.writeInCouncil) records it inside its own transaction, so the change and its
 * audit commit together or not at all; `recorded` is set once that transaction committed.
 */
export interface PendingAudit {
  /**
   * `known`: the records' state after the change, when the writer knows it (no read back);
   * computed only if the event records field changes. `then`: a statement to run in the
   * same statement as the event, right after it (the data-version bump), which an
   * implementation must run; its records are returned.
   */
  record(
    tx: ManagedTransaction,
    ids: string[],
    known?: () => Map<string, Record<string, unknown>>,
    then?: Statement,
  ): Promise<Neo4jRecord[]>;
  recorded: boolean;
}

/**
 * What one HTTP request carries through every await without being passed around: its id
 * (logged with its errors and sent back to the client) and the state the Neo4j wrapper
 * keeps per request (its share of the connection pool, and whether the database already
 * failed it), and the audit event its mutation owes. Services never read it; only the edges (logging, the Neo4j wrapper) do.
 */
export interface RequestContext {
  readonly requestId: string;
  /** Set by the Neo4j wrapper on first use: bounds the sessions this request runs at once. */
  neo4jSlots?: { run<T>(work: () => Promise<T>): Promise<T> };
  /** Set once the database was unreachable for this request: later calls fail at once. */
  databaseUnavailable?: DomainError;
  /** The audit event of the mutation now running, if it is audited (see PendingAudit). */
  pendingAudit?: PendingAudit;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request being served, or undefined for work outside a request (start-up, seeding). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** Letters, digits and `._:-`, at most 128 characters: safe to log and to echo in a header. */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The client's X-Request-Id when it is a sane token (so a proxy's id carries through), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_ID.test(header) ? header : randomUUID();
}
