import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import neo4j, { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { Neo4jConnectionConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { bumpDataVersion } from './locks';
import { mapNeo4jError } from './neo4j.errors';

export type Params = Record<string, unknown>;
export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface ServerVersion {
  name: string;
  version: string;
  edition: string;
}

/**
 * The one wrapper around the driver: one driver per process, a session per unit of work
 * closed in `finally`, managed (retried) transactions, errors mapped to domain errors.
 * Integers come back as JS numbers (`disableLosslessIntegers`): every count and id in
 * this domain is far below 2^53.
 */
@Injectable()
export class Neo4jService implements OnApplicationShutdown {
  private readonly logger = new Logger(Neo4jService.name);
  readonly driver: Driver;

  constructor(readonly connection: Neo4jConnectionConfig) {
    const auth = connection.password
      ? neo4j.auth.basic(connection.user, connection.password)
      : undefined;
    this.driver = neo4j.driver(connection.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast while the database is down so /health and clients get a clear answer;
      // the pool reconnects by itself when it returns.
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 5000,
      maxTransactionRetryTime: 5000,
      logging: { level: 'error', logger: (_level, message) => this.logger.error(message) },
    });
  }

  /** Runs a read unit of work in a managed transaction. */
  read<T>(work: Work<T>): Promise<T> {
    return this.withSession('READ', (s) => s.executeRead(work));
  }

  /** Runs a write unit of work in a managed transaction: all of it commits, or none. */
  write<T>(work: Work<T>): Promise<T> {
    return this.withSession('WRITE', (s) => s.executeWrite(work));
  }

  /**
   * A write inside one council: `work` runs in a managed transaction and calls `changed()`
   * once it has written something; then the council's data version moves as the last
   * statement of the same transaction (see bumpDataVersion). A refusal (work returns
   * without calling changed) moves nothing. A council deleted meanwhile rolls it all back.
   */
  writeInCouncil<T>(
    councilId: string,
    work: (tx: ManagedTransaction, changed: () => void) => Promise<T>,
  ): Promise<T> {
    return this.write(async (tx) => {
      let wrote = false;
      const result = await work(tx, () => (wrote = true));
      if (wrote && !(await bumpDataVersion(tx, councilId))) {
        throw DomainError.notFound('Council', councilId);
      }
      return result;
    });
  }

  /** One statement, auto-committed by the driver's executeQuery with retries. */
  async query<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
    mode: 'READ' | 'WRITE' = 'READ',
  ): Promise<QueryResult<R>> {
    try {
      return await this.driver.executeQuery<QueryResult<R>>(cypher, params, {
        database: this.connection.database,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      });
    } catch (error) {
      throw mapNeo4jError(error) ?? error;
    }
  }

  /** Kernel name, version and edition, as reported by `CALL dbms.components()`. */
  async serverVersion(): Promise<ServerVersion> {
    const result = await this.query<{ name: string; versions: string[]; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    const row = result.records[0];
    return {
      name: row.get('name'),
      version: row.get('versions')[0] ?? 'unknown',
      edition: row.get('edition'),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    run: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await run(session);
    } catch (error) {
      throw mapNeo4jError(error) ?? error;
    } finally {
      await session.close();
    }
  }
}
