import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { PRINCIPAL_RETURN, PrincipalRow } from '../auth/session.repository';
import { Neo4jService } from '../neo4j/neo4j.service';
import { ApiToken } from './models/api-token.model';
import { pick } from '../neo4j/projection';

const T = Label.ApiToken;
const TOKEN_PROJECTION = pick('t', [
  'id',
  'name',
  'createdAt',
  'expiresAt',
  'lastUsedAt',
  'revokedAt',
]);

export interface NewApiToken {
  id: string;
  userId: string;
  name: string;
  hash: string;
  createdAt: string;
  expiresAt: string;
}

export type ActiveToken = PrincipalRow & { hash: string; lastUsedAt: string | null; name: string };

@Injectable()
export class ApiTokenRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(token: NewApiToken): Promise<ApiToken> {
    const result = await this.neo4j.query(
      `CREATE (t:${T} {id: $id, userId: $userId, name: $name, hash: $hash,
                       createdAt: $createdAt, expiresAt: $expiresAt})
       RETURN ${TOKEN_PROJECTION} AS token`,
      { ...token },
      'WRITE',
    );
    return result.records[0].get('token') as ApiToken;
  }

  async list(userId: string): Promise<ApiToken[]> {
    const result = await this.neo4j.query(
      `MATCH (t:${T} {userId: $userId}) RETURN ${TOKEN_PROJECTION} AS token ORDER BY t.createdAt DESC`,
      { userId },
    );
    return result.records.map((r) => r.get('token') as ApiToken);
  }

  /** Revokes one of the user's own tokens; null when it is not theirs or unknown. */
  async revoke(userId: string, id: string, at: string): Promise<ApiToken | null> {
    const result = await this.neo4j.query(
      `MATCH (t:${T} {id: $id, userId: $userId})
       SET t.revokedAt = coalesce(t.revokedAt, $at)
       RETURN ${TOKEN_PROJECTION} AS token`,
      { userId, id, at },
      'WRITE',
    );
    return (result.records[0]?.get('token') as ApiToken | undefined) ?? null;
  }

  /** An active token's hash and user (enabled users only), for verifying a bearer secret. */
  async active(id: string, now: string): Promise<ActiveToken | null> {
    const result = await this.neo4j.query(
      `MATCH (t:${T} {id: $id}) WHERE t.revokedAt IS NULL AND t.expiresAt > $now
       MATCH (u:${Label.User} {id: t.userId}) WHERE NOT coalesce(u.disabled, false)
       RETURN t.hash AS hash, t.lastUsedAt AS lastUsedAt, t.name AS name,
              ${PRINCIPAL_RETURN}`,
      { id, now },
    );
    return (result.records[0]?.toObject() as ActiveToken | undefined) ?? null;
  }

  async touch(id: string, at: string): Promise<void> {
    await this.neo4j.query(`MATCH (t:${T} {id: $id}) SET t.lastUsedAt = $at`, { id, at }, 'WRITE');
  }
}
