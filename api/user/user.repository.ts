import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { CouncilRole } from '../auth/roles';
import { Neo4jService } from '../neo4j/neo4j.service';
import { User } from './models/user.model';
import { pageOf, readPage } from '../neo4j/pagination';

const U = Label.User;
const C = Label.Council;

/** Shared projection of a user with their roles; never includes the password hash. */
const USER_PROJECTION = `u {
  .id, .email, .name, .createdAt, .lastSignInAt,
  systemAdmin: coalesce(u.systemAdmin, false), disabled: coalesce(u.disabled, false),
  roles: COLLECT { MATCH (u)-[r:${Rel.HasRole}]->(c:${C})
                   RETURN {councilId: c.id, councilName: c.name, role: r.role} ORDER BY c.name }
}`;

export interface NewUser {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  systemAdmin: boolean;
}

export interface Credentials {
  id: string;
  passwordHash: string | null;
  disabled: boolean;
}

@Injectable()
export class UserRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Null when the email is taken (the unique constraint closes the race). */
  async create(user: NewUser, grant: { councilId: string; role: CouncilRole } | null) {
    return this.neo4j.write(async (tx) => {
      const taken = await tx.run(`MATCH (u:${U} {email: $email}) RETURN u.id`, user);
      if (taken.records.length > 0) return null;
      await tx.run(
        `CREATE (u:${U} {id: $id, email: $email, name: $name, passwordHash: $passwordHash,
                         systemAdmin: $systemAdmin, disabled: false, createdAt: toString(datetime())})`,
        user,
      );
      if (grant) {
        await tx.run(
          `MATCH (u:${U} {id: $id}), (c:${C} {id: $councilId})
           CREATE (u)-[:${Rel.HasRole} {role: $role, grantedAt: toString(datetime())}]->(c)`,
          { id: user.id, ...grant },
        );
      }
      const created = await tx.run(
        `MATCH (u:${U} {id: $id}) RETURN ${USER_PROJECTION} AS user`,
        user,
      );
      return created.records[0].get('user') as User;
    });
  }

  async count(): Promise<number> {
    const result = await this.neo4j.query<{ n: number }>(`MATCH (u:${U}) RETURN count(u) AS n`);
    return result.records[0].get('n');
  }

  async get(id: string): Promise<User | null> {
    const result = await this.neo4j.query(
      `MATCH (u:${U} {id: $id}) RETURN ${USER_PROJECTION} AS user`,
      { id },
    );
    return (result.records[0]?.get('user') as User | undefined) ?? null;
  }

  async credentials(email: string): Promise<Credentials | null> {
    const result = await this.neo4j.query(
      `MATCH (u:${U} {email: $email})
       RETURN u.id AS id, u.passwordHash AS passwordHash, coalesce(u.disabled, false) AS disabled`,
      { email },
    );
    return (result.records[0]?.toObject() as Credentials | undefined) ?? null;
  }

  async list(
    councilId: string | null,
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<{ items: User[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (u:${U})
       WHERE ($councilId IS NULL OR EXISTS { (u)-[:${Rel.HasRole}]->(:${C} {id: $councilId}) })
         AND ($search IS NULL OR toLower(u.name) CONTAINS toLower($search)
              OR u.email CONTAINS toLower($search))
       WITH u ORDER BY u.name, u.id
       ${pageOf('u', USER_PROJECTION)}`,
      { councilId, search, offset, limit },
    );
    return readPage<User>(result);
  }

  async markSignedIn(id: string, at: string): Promise<void> {
    await this.neo4j.query(
      `MATCH (u:${U} {id: $id}) SET u.lastSignInAt = $at`,
      { id, at },
      'WRITE',
    );
  }

  /** Sets the hash and ends every session of the user, in one transaction. */
  async setPassword(id: string, passwordHash: string): Promise<boolean> {
    return this.neo4j.write(async (tx) => {
      const set = await tx.run(
        `MATCH (u:${U} {id: $id}) SET u.passwordHash = $passwordHash RETURN u.id`,
        { id, passwordHash },
      );
      await tx.run(`MATCH (s:${Label.Session} {userId: $id}) DELETE s`, { id });
      return set.records.length > 0;
    });
  }

  /** Disabling also ends the user's sessions at once (same transaction). */
  async setDisabled(id: string, disabled: boolean): Promise<User | null> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (u:${U} {id: $id}) SET u.disabled = $disabled RETURN ${USER_PROJECTION} AS user`,
        { id, disabled },
      );
      if (disabled) await tx.run(`MATCH (s:${Label.Session} {userId: $id}) DELETE s`, { id });
      return (result.records[0]?.get('user') as User | undefined) ?? null;
    });
  }

  /** Returns the role held before (null if none), or 'missing' when user or council is unknown. */
  async grantRole(
    userId: string,
    councilId: string,
    role: CouncilRole,
    by: string,
  ): Promise<{ before: CouncilRole | null } | 'missing'> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (u:${U} {id: $userId}), (c:${C} {id: $councilId})
         OPTIONAL MATCH (u)-[old:${Rel.HasRole}]->(c)
         WITH u, c, old, old.role AS before
         DELETE old
         CREATE (u)-[:${Rel.HasRole} {role: $role, grantedAt: toString(datetime()), grantedBy: $by}]->(c)
         RETURN before`,
        { userId, councilId, role, by },
      );
      if (result.records.length === 0) return 'missing';
      return { before: (result.records[0].get('before') as CouncilRole | null) ?? null };
    });
  }

  async revokeRole(userId: string, councilId: string): Promise<CouncilRole | null> {
    const result = await this.neo4j.query(
      `MATCH (:${U} {id: $userId})-[r:${Rel.HasRole}]->(:${C} {id: $councilId})
       WITH r, r.role AS role DELETE r RETURN role`,
      { userId, councilId },
      'WRITE',
    );
    return (result.records[0]?.get('role') as CouncilRole | undefined) ?? null;
  }
}
