import { Neo4jError } from 'neo4j-driver';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { StaleRead } from './neo4j-retry';

/** Driver error codes that mean "the database cannot be reached right now". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** The one answer while the database cannot be reached (or did not answer in time). */
export function databaseUnavailable(): DomainError {
  return new DomainError(
    DomainErrorCode.DatabaseUnavailable,
    'The graph database is not reachable at the moment; try again shortly.',
  );
}

/**
 * Maps a Neo4j driver error to a domain error, or returns null when it is a genuine
 * internal fault (bad Cypher, a bug) that must be logged and hidden from clients.
 */
export function mapNeo4jError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof StaleRead) return DomainError.conflict(error.message);
  if (!(error instanceof Neo4jError)) return null;
  if (UNAVAILABLE.has(error.code) || /connect|ECONNREFUSED|acquisition/i.test(error.message)) {
    return databaseUnavailable();
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // The message names the label and property but never the query; keep only that part.
    const detail = /property `?(\w+)`? = (.+)$/m.exec(error.message);
    return DomainError.conflict(
      detail ? `A record with ${detail[1]} ${detail[2]} already exists` : 'A record already exists',
      detail?.[1],
    );
  }
  return null;
}
