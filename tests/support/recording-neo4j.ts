import { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { Neo4jConnectionConfig } from '../../api/config/app-config';
import { Neo4jService, Params, Work } from '../../api/neo4j/neo4j.service';

/** One statement a repository ran: its Cypher text and parameters, as sent. */
export interface RecordedQuery {
  mode: 'READ' | 'WRITE';
  cypher: string;
  params: Params;
}

/**
 * The real Neo4jService, against the real test database, that also records every
 * (cypher, params) run through it: each `tx.run` inside read / write / writeInCouncil units
 * of work, and `query()` (which here runs as a read or write unit of work; the service runs a
 * read as an auto-commit statement, the same Cypher and parameters). The query snapshot tests read `take()` after calling one repository method.
 */
export class RecordingNeo4jService extends Neo4jService {
  private recorded: RecordedQuery[] = [];

  constructor(connection: Neo4jConnectionConfig) {
    super(connection);
  }

  /** The statements recorded since the last take, and a fresh start. */
  take(): RecordedQuery[] {
    const taken = this.recorded;
    this.recorded = [];
    return taken;
  }

  override read<T>(work: Work<T>): Promise<T> {
    return super.read((tx) => work(this.recording(tx, 'READ')));
  }

  // writeInCouncil goes through write, so its data-version bump is recorded too.
  override write<T>(work: Work<T>): Promise<T> {
    return super.write((tx) => work(this.recording(tx, 'WRITE')));
  }

  override query<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
    mode: 'READ' | 'WRITE' = 'READ',
  ): Promise<QueryResult<R>> {
    const work = async (tx: ManagedTransaction) => await tx.run<R>(cypher, params);
    return mode === 'READ' ? this.read(work) : this.write(work);
  }

  /** `tx` with `run` recording its statement before running it. */
  private recording(tx: ManagedTransaction, mode: 'READ' | 'WRITE'): ManagedTransaction {
    const recorded = this.recorded;
    const run = (cypher: string, params: Params = {}) => {
      recorded.push({ mode, cypher, params: structuredClone(params) });
      return tx.run(cypher, params);
    };
    return new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') return run;
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?/g;

/**
 * A value with generated parts replaced by placeholders, so a snapshot is the same on every
 * run: uuids (`tie-<uuid>` stays recognisable) and ISO timestamps. Calendar dates stay: they
 * are the test's own inputs.
 */
export function normaliseValue(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(UUID, '<uuid>').replace(TIMESTAMP, '<timestamp>');
  }
  if (Array.isArray(value)) return value.map(normaliseValue);
  if (value instanceof Map) {
    return new Map([...value].map(([k, v]) => [normaliseValue(k), normaliseValue(v)]));
  }
  if (value instanceof Set) return new Set([...value].map(normaliseValue));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseValue(v)]));
  }
  return value;
}

/** Recorded statements with their parameters normalised (normaliseValue); Cypher as written. */
export function normalise(recorded: RecordedQuery[]): RecordedQuery[] {
  return recorded.map((r) => ({ ...r, params: normaliseValue(r.params) as Params }));
}
