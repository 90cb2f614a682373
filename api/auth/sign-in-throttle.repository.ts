import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';

const T = Label.SignInThrottle;

export interface ThrottleKey {
  /** "email:<address>" or "addr:<ip>". */
  key: string;
  /** Failures within the window that lock the key. */
  limit: number;
}

export interface ThrottleState {
  failures: number;
  lockedUntil: string | null;
}

/**
 * Failed sign-ins per email and per client address, shared by every API instance. A key
 * counts failures within a window; reaching its limit locks it until `lockedUntil`.
 */
@Injectable()
export class SignInThrottleRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The worst state over the keys: the most failures and the latest lock still running. */
  async state(keys: string[], now: string, windowStart: string): Promise<ThrottleState> {
    const result = await this.neo4j.query(
      `OPTIONAL MATCH (t:${T}) WHERE t.key IN $keys
       RETURN max(CASE WHEN t.windowStart >= $windowStart THEN t.failures ELSE 0 END) AS failures,
              max(CASE WHEN t.lockedUntil > $now THEN t.lockedUntil END) AS lockedUntil`,
      { keys, now, windowStart },
    );
    const row = result.records[0];
    return {
      failures: (row.get('failures') as number | null) ?? 0,
      lockedUntil: (row.get('lockedUntil') as string | null) ?? null,
    };
  }

  /** Counts one failure on every key (MERGE on the unique key is safe under concurrency). */
  async fail(
    keys: ThrottleKey[],
    now: string,
    windowStart: string,
    lockUntil: string,
  ): Promise<ThrottleState> {
    const result = await this.neo4j.query(
      `UNWIND $keys AS k
       MERGE (t:${T} {key: k.key})
       WITH t, k, CASE WHEN t.windowStart IS NULL OR t.windowStart < $windowStart
                         OR (t.lockedUntil IS NOT NULL AND t.lockedUntil <= $now)
                       THEN 0 ELSE t.failures END AS prior
       SET t.failures = prior + 1,
           t.windowStart = CASE WHEN prior = 0 THEN $now ELSE t.windowStart END,
           t.lockedUntil = CASE WHEN prior + 1 >= k.limit THEN $lockUntil
                                WHEN prior = 0 THEN null ELSE t.lockedUntil END
       RETURN max(t.failures) AS failures, max(CASE WHEN t.lockedUntil > $now THEN t.lockedUntil END) AS lockedUntil`,
      { keys, now, windowStart, lockUntil },
      'WRITE',
    );
    const row = result.records[0];
    return {
      failures: row.get('failures') as number,
      lockedUntil: (row.get('lockedUntil') as string | null) ?? null,
    };
  }

  async clear(key: string): Promise<void> {
    await this.neo4j.query(`MATCH (t:${T} {key: $key}) DELETE t`, { key }, 'WRITE');
  }
}
