import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import { CouncilRole } from './roles';

const U = Label.User;

/** The user and roles behind a credential, as one row. */
export interface PrincipalRow {
  user: { id: string; email: string; name: string; systemAdmin: boolean };
  roles: { councilId: string; role: CouncilRole }[];
  /** The councils the user may act in (by role, or all for a system admin) with names visible. */
  namesVisible: string[];
}

/**
 * The user part of every principal lookup: only enabled users, with their roles and the
 * councils among theirs that show names (read here so the access guard needs no query of
 * its own on every request). The setting is read once per HTTP request: a request that
 * turns names off in one field still shows them in its later fields.
 */
export const PRINCIPAL_RETURN = `u {.id, .email, .name, systemAdmin: coalesce(u.systemAdmin, false)} AS user,
  COLLECT { MATCH (u)-[r:${Rel.HasRole}]->(c:${Label.Council}) RETURN {councilId: c.id, role: r.role} } AS roles,
  CASE WHEN coalesce(u.systemAdmin, false)
       THEN COLLECT { MATCH (c:${Label.Council}) WHERE coalesce(c.namesVisible, false) RETURN c.id }
       ELSE COLLECT { MATCH (u)-[:${Rel.HasRole}]->(c:${Label.Council})
                      WHERE coalesce(c.namesVisible, false) RETURN c.id }
  END AS namesVisible`;

export interface NewSession {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  address: string | null;
  userAgent: string | null;
}

/**
 * Sessions live in Neo4j so that every API instance sees the same ones; a session's id is
 * the SHA-256 of the cookie's secret.
 */
@Injectable()
export class SessionRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(session: NewSession): Promise<void> {
    await this.neo4j.query(
      `CREATE (:${Label.Session} {id: $id, userId: $userId, createdAt: $createdAt,
               lastSeenAt: $createdAt, expiresAt: $expiresAt, address: $address, userAgent: $userAgent})`,
      { ...session },
      'WRITE',
    );
  }

  /** The session's principal, if it is neither idle past `idleCutoff` nor past its lifetime. */
  async principal(
    id: string,
    now: string,
    idleCutoff: string,
  ): Promise<(PrincipalRow & { lastSeenAt: string }) | null> {
    const result = await this.neo4j.query(
      `MATCH (s:${Label.Session} {id: $id}) WHERE s.expiresAt > $now AND s.lastSeenAt > $idleCutoff
       MATCH (u:${U} {id: s.userId}) WHERE NOT coalesce(u.disabled, false)
       RETURN s.lastSeenAt AS lastSeenAt, ${PRINCIPAL_RETURN}`,
      { id, now, idleCutoff },
    );
    return (
      (result.records[0]?.toObject() as (PrincipalRow & { lastSeenAt: string }) | undefined) ?? null
    );
  }

  async touch(id: string, at: string): Promise<void> {
    await this.neo4j.query(
      `MATCH (s:${Label.Session} {id: $id}) SET s.lastSeenAt = $at`,
      { id, at },
      'WRITE',
    );
  }

  async delete(id: string): Promise<void> {
    await this.neo4j.query(`MATCH (s:${Label.Session} {id: $id}) DELETE s`, { id }, 'WRITE');
  }

  /** Ends every session of the user; returns how many there were. */
  async deleteForUser(userId: string): Promise<number> {
    const result = await this.neo4j.query<{ n: number }>(
      `MATCH (s:${Label.Session} {userId: $userId}) WITH collect(s) AS found
       FOREACH (s IN found | DELETE s) RETURN size(found) AS n`,
      { userId },
      'WRITE',
    );
    return result.records[0].get('n');
  }

  /** Enabled users only (also used for API tokens and single sign-on). */
  async principalForUser(userId: string): Promise<PrincipalRow | null> {
    const result = await this.neo4j.query(
      `MATCH (u:${U} {id: $userId}) WHERE NOT coalesce(u.disabled, false) RETURN ${PRINCIPAL_RETURN}`,
      { userId },
    );
    return (result.records[0]?.toObject() as PrincipalRow | undefined) ?? null;
  }

  /** Drops sessions past their lifetime, so the store does not grow without bound. */
  async purgeExpired(now: string, idleCutoff: string): Promise<void> {
    await this.neo4j.query(
      `MATCH (s:${Label.Session}) WHERE s.expiresAt <= $now OR s.lastSeenAt <= $idleCutoff DELETE s`,
      { now, idleCutoff },
      'WRITE',
    );
  }
}
