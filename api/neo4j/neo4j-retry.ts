import { Neo4jError } from 'neo4j-driver';

/**
 * How long a unit of work is retried, by kind of failure. The driver's own retry loop is
 * turned off (see neo4j.service.ts) because it waits at least a second before the first
 * retry and treats an unreachable server like a deadlock, which kept clients waiting 7 s
 * or more while Neo4j was down.
 */
export interface RetryPolicy {
  /** Unreachable server, lost session: retry only briefly, then report DATABASE_UNAVAILABLE. */
  unavailableMs: number;
  /** Pause between attempts while the server is unreachable. */
  unavailableDelayMs: number;
  /**
   * Deadlocks, lock timeouts and other transient errors: retry with backoff for up to this long
   * after the first such failure (time spent waiting for locks before it does not count: on a
   * busy database a deadlock victim may have waited seconds before Neo4j chose it).
   */
  transientMs: number;
  /** And at most this many attempts in all, so a retry loop is bounded whatever the timing. */
  maxAttempts: number;
  /** First backoff for transient errors; doubles each attempt, with jitter, capped at 1 s. */
  transientDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  unavailableMs: 1000,
  unavailableDelayMs: 250,
  transientMs: 5000,
  transientDelayMs: 25,
  maxAttempts: 12,
};

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export type FailureKind = 'unavailable' | 'transient' | 'final';

/**
 * Thrown by a unit of work that planned from a state it then found had moved on (another
 * writer committed between its read and its locks): the whole unit is run again, from a
 * fresh read, like a deadlock victim. Once the retries are used up it answers CONFLICT.
 */
export class StaleRead extends Error {
  constructor(what: string) {
    super(`${what} changed while this request was being checked; try again`);
  }
}

/**
 * A node or relationship this transaction had matched was deleted by another one before it
 * was read again (Neo4j reads at read-committed; seen when a council is force-deleted while
 * writes in it run). Neo4j does not mark it retryable, but it is a race, not a bad request:
 * run again from a fresh read, which then finds the record gone and says so (NOT_FOUND).
 */
const ENTITY_GONE = /^Unable to load (NODE|RELATIONSHIP)\b/;

export function failureKind(error: unknown): FailureKind {
  if (error instanceof StaleRead) return 'transient';
  if (!(error instanceof Neo4jError)) return 'final';
  if (UNAVAILABLE.has(error.code)) return 'unavailable';
  if (
    error.code === 'Neo.ClientError.Statement.EntityNotFound' ||
    ENTITY_GONE.test(error.message)
  ) {
    return 'transient';
  }
  return error.retryable ? 'transient' : 'final';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails for good, or its kind of failure has used up its
 * time. A retry is only started when it can begin inside the budget.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  const started = Date.now();
  let firstTransient: number | null = null;
  let transientDelay = policy.transientDelayMs;
  for (let attempts = 1; ; attempts += 1) {
    try {
      return await attempt();
    } catch (error) {
      const kind = failureKind(error);
      const elapsed = Date.now() - started;
      let delay: number;
      if (attempts >= policy.maxAttempts) throw error;
      if (kind === 'unavailable') {
        delay = policy.unavailableDelayMs;
        if (elapsed + delay > policy.unavailableMs) throw error;
      } else if (kind === 'transient') {
        firstTransient ??= Date.now();
        delay = Math.min(1000, transientDelay) * (0.8 + Math.random() * 0.4);
        transientDelay *= 2;
        if (Date.now() - firstTransient + delay > policy.transientMs) throw error;
      } else {
        throw error;
      }
      await sleep(delay);
    }
  }
}
