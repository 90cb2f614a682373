import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import neo4j, {
  Driver,
  ManagedTransaction,
  QueryResult,
  RecordShape,
  Session,
  Transaction,
} from 'neo4j-driver';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { currentRequest, RequestContext } from '../common/request-context';
import { Neo4jConnectionConfig } from '../config/app-config';
import { bumpDataVersion, bumpStatement } from './data-version';
import { DEFAULT_RETRY, RetryPolicy, withRetries } from './neo4j-retry';
import { databaseUnavailable, mapNeo4jError } from './neo4j.errors';
import { Semaphore } from './semaphore';

export type Params = Record<string, unknown>;

/**
 * Called by a council write once it has sent its writes (see writeInCouncil): `ids` are
 * the records changed, for the audit event; `known` their state after the change, when the
 * writer knows it exactly, so the event needs no read back.
 */
export type Changed = (ids?: string[], known?: () => Map<string, Record<string, unknown>>) => void;

/**
 * Thrown by a council write whose checks failed after it had already sent its writes: the
 * transaction rolls back, nothing is retried, and writeInCouncil answers `value`.
 */
export class Refused<T> extends Error {
  constructor(readonly value: T) {
    super('refused by its checks');
  }
}
export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface ServerVersion {
  name: string;
  version: string;
  edition: string;
}

/** Timeouts and retries; the defaults make an outage visible within a second or two. */
export interface Neo4jTimeouts {
  /** TCP connect to the server. */
  connectionTimeoutMs: number;
  /** Waiting for a pooled connection (including making a new one). */
  acquisitionTimeoutMs: number;
  retry: RetryPolicy;
}

export const DEFAULT_TIMEOUTS: Neo4jTimeouts = {
  connectionTimeoutMs: 1500,
  acquisitionTimeoutMs: 2000,
  retry: DEFAULT_RETRY,
};

export const DEFAULT_POOL_SIZE = 100;
export const DEFAULT_SESSIONS_PER_REQUEST = 4;

/**
 * The one wrapper around the driver: one driver per process, a session per unit of work
 * closed in `finally`, managed transactions (commit on success, roll back on failure)
 * retried by our own policy (neo4j-retry.ts), errors mapped to domain errors. Integers come back as JS numbers
 * (`disableLosslessIntegers`): every count and id in this domain is far below 2^53.
 *
 * Inside an HTTP request, at most `sessionsPerRequest` units of work run at once (the rest
 * queue), so one request with many heavy fields cannot take the whole pool from everyone
 * else; and once the database proved unreachable for a request, its later calls fail at
 * once instead of each waiting out its own retries.
 */
@Injectable()
export class Neo4jService implements OnApplicationShutdown {
  private readonly logger = new Logger(Neo4jService.name);
  readonly driver: Driver;
  readonly sessionsPerRequest: number;
  private readonly retry: RetryPolicy;

  constructor(
    readonly connection: Neo4jConnectionConfig,
    timeouts: Partial<Neo4jTimeouts> = {},
  ) {
    const { connectionTimeoutMs, acquisitionTimeoutMs, retry } = {
      ...DEFAULT_TIMEOUTS,
      ...timeouts,
    };
    this.retry = retry;
    this.sessionsPerRequest = connection.sessionsPerRequest ?? DEFAULT_SESSIONS_PER_REQUEST;
    const auth = connection.password
      ? neo4j.auth.basic(connection.user, connection.password)
      : undefined;
    this.driver = neo4j.driver(connection.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: connection.maxConnectionPoolSize ?? DEFAULT_POOL_SIZE,
      connectionTimeout: connectionTimeoutMs,
      connectionAcquisitionTimeout: acquisitionTimeoutMs,
      // Not used: the driver's retry loop (executeRead / executeWrite / executeQuery) waits
      // at least ~1 s before any retry, even with 0 here, and treats an unreachable server
      // like a deadlock. Units of work run in our own managed transaction instead.
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: (_level, message) => this.logger.error(message) },
    });
  }

  /** Runs a read unit of work in a managed transaction. */
  read<T>(work: Work<T>): Promise<T> {
    return this.unitOfWork('READ', work);
  }

  /** Runs a write unit of work in a managed transaction: all of it commits, or none. */
  write<T>(work: Work<T>): Promise<T> {
    return this.unitOfWork('WRITE', work);
  }

  /**
   * A write inside one council: `work` runs in a managed transaction and calls
   * `changed()` once it has sent its last write; the council's data version then moves in
   * the same transaction (see bumpDataVersion). A refusal (work returns without calling
   * changed, or throws `new Refused(value)`) moves nothing. A council deleted meanwhile rolls
   * it all back. When `changed(ids)` names the records written and the request's mutation
   * owes an audit event, the event is written in this transaction too: the change and its
   * audit commit together, with no second transaction.
   *
   * `changed()` sends the event and the bump at once, without waiting for the work's own
   * statements: Bolt pipelines them behind those, in order, so a writer can send its locks,
   * checks, writes, audit and bump in one round trip and then decide. Every round trip a
   * transaction makes while holding locks is time other writers of the same records wait.
   * A writer that sent its writes before knowing they are allowed throws Refused when its
   * checks fail: the transaction rolls back and the caller gets the refusal's value.
   */
  writeInCouncil<T>(
    councilId: string,
    work: (tx: ManagedTransaction, changed: Changed) => Promise<T>,
  ): Promise<T> {
    const audit = currentRequest()?.pendingAudit;
    let audited = false;
    return this.write(async (tx) => {
      let sent: Promise<boolean> | undefined;
      audited = false;
      const changed: Changed = (ids, known) => {
        if (sent) return;
        audited = !!audit && !audit.recorded && !!ids?.length;
        // The event and the bump are one statement (see writeEvent).
        sent =
          audited && audit && ids
            ? audit
                .record(tx, ids, known, bumpStatement(councilId))
                .then((records) => records.length > 0)
            : bumpDataVersion(tx, councilId);
      };
      let result: T;
      try {
        result = await work(tx, changed);
      } catch (error) {
        // Statements sent and not awaited must settle before the transaction rolls back.
        await sent?.catch(() => undefined);
        throw error;
      }
      if (sent && !(await sent)) throw DomainError.notFound('Council', councilId);
      return result;
    }).then(
      (result) => {
        // Only now has it committed (an attempt that was retried wrote nothing).
        if (audit && audited) audit.recorded = true;
        return result;
      },
      (error: unknown) => {
        if (error instanceof Refused) return error.value as T;
        throw error;
      },
    );
  }

  /**
   * One statement. A read runs as an auto-commit transaction: one round trip instead of two
   * (no COMMIT), retried by the same policy; the session look-up on every request is one.
   * A write keeps its explicit transaction: if the connection drops, a write that never
   * reached COMMIT is known not to have happened, so retrying it cannot apply it twice.
   */
  query<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
    mode: 'READ' | 'WRITE' = 'READ',
  ): Promise<QueryResult<R>> {
    if (mode === 'WRITE') return this.write(async (tx) => await tx.run<R>(cypher, params));
    return this.guarded(async () => {
      const session = this.openSession('READ');
      try {
        return await session.run<R>(cypher, params);
      } finally {
        await session.close();
      }
    });
  }

  /** Kernel name, version and edition, as reported by `CALL dbms.components()`. */
  async serverVersion(): Promise<ServerVersion> {
    const result = await this.query<{ name: string; versions: string[]; edition: string }>(
      COMPONENTS,
    );
    return toVersion(result.records[0]);
  }

  /**
   * One attempt, no retry, no queue, answered within `timeoutMs` whatever the server does:
   * the health check, which must say "down" quickly rather than wait for the driver.
   */
  async ping(timeoutMs: number): Promise<ServerVersion> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.READ,
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(databaseUnavailable()), timeoutMs);
    });
    try {
      const result = await Promise.race([session.run(COMPONENTS), timedOut]);
      return toVersion(result.records[0]);
    } catch (error) {
      throw mapNeo4jError(error) ?? error;
    } finally {
      clearTimeout(timer);
      // After a timeout the session may never answer; closing it must not hold the reply.
      session.close().catch((error: unknown) => this.logger.debug(`ping: ${String(error)}`));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }

  private unitOfWork<T>(mode: 'READ' | 'WRITE', work: Work<T>): Promise<T> {
    return this.guarded(async () => {
      const session = this.openSession(mode);
      try {
        return await inTransaction(session, work);
      } finally {
        await session.close();
      }
    });
  }

  private openSession(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // Read-your-writes across sessions, as executeQuery gave (matters on a cluster).
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /** Retries, the per-request limit and fail-fast, and error mapping, around one unit of work. */
  private guarded<T>(attempt: () => Promise<T>): Promise<T> {
    const request = currentRequest();
    const run = async () => {
      if (request?.databaseUnavailable) throw request.databaseUnavailable;
      try {
        return await withRetries(attempt, this.retry);
      } catch (error) {
        const mapped = mapNeo4jError(error);
        if (request && mapped?.code === DomainErrorCode.DatabaseUnavailable) {
          request.databaseUnavailable = mapped;
        }
        throw mapped ?? error;
      }
    };
    return request ? this.slotsOf(request).run(run) : run();
  }

  private slotsOf(request: RequestContext): NonNullable<RequestContext['neo4jSlots']> {
    request.neo4jSlots ??= new Semaphore(this.sessionsPerRequest);
    return request.neo4jSlots;
  }
}

/** What the driver's executeRead / executeWrite do for one attempt, without their retry loop. */
async function inTransaction<T>(session: Session, work: Work<T>): Promise<T> {
  const tx: Transaction = session.beginTransaction();
  try {
    const result = await work(ManagedTransaction.fromTransaction(tx));
    if (tx.isOpen()) await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) {
      // The work's own error is the one to report; a failed rollback (the connection is
      // gone) leaves nothing behind, as the server rolls back on disconnect.
      await tx.rollback().catch(() => undefined);
    }
    throw error;
  }
}

const COMPONENTS =
  'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition';

function toVersion(row: { get(key: string): unknown }): ServerVersion {
  return {
    name: row.get('name') as string,
    version: (row.get('versions') as string[])[0] ?? 'unknown',
    edition: row.get('edition') as string,
  };
}
