import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';

const R = Label.PasswordReset;

/** One-time reset links; the id is the SHA-256 of the link's secret. */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** A new link replaces any earlier one of the user. */
  async create(link: { id: string; userId: string; expiresAt: string; createdBy: string }) {
    await this.neo4j.write(async (tx) => {
      await tx.run(`MATCH (r:${R} {userId: $userId}) DELETE r`, link);
      await tx.run(
        `CREATE (:${R} {id: $id, userId: $userId, expiresAt: $expiresAt, createdBy: $createdBy,
                        createdAt: toString(datetime())})`,
        link,
      );
    });
  }

  /**
   * Uses the link once: sets the password, deletes the link and ends the user's sessions,
   * all in one transaction. Returns the user id, or null for an unknown, used or expired link.
   */
  async consume(id: string, now: string, passwordHash: string): Promise<string | null> {
    return this.neo4j.write(async (tx) => {
      const found = await tx.run(
        `MATCH (r:${R} {id: $id}) WITH r, r.userId AS userId, r.expiresAt > $now AS valid
         DELETE r RETURN userId, valid`,
        { id, now },
      );
      const row = found.records[0];
      if (!row || !row.get('valid')) return null;
      const userId = row.get('userId') as string;
      const set = await tx.run(
        `MATCH (u:${Label.User} {id: $userId}) WHERE NOT coalesce(u.disabled, false)
         SET u.passwordHash = $passwordHash RETURN u.id`,
        { userId, passwordHash },
      );
      if (set.records.length === 0) return null;
      await tx.run(`MATCH (s:${Label.Session} {userId: $userId}) DELETE s`, { userId });
      return userId;
    });
  }
}
