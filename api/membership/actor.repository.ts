import { Injectable } from '@nestjs/common';
import { Label, Rel } from '../../graph/labels';
import { lockRecords } from '../neo4j/locks';
import { Neo4jService } from '../neo4j/neo4j.service';
import { ANY_MEMBERSHIP, MemberRel } from './membership.cypher';

/** The three kinds of actor: the endpoints of ties and memberships. */
export type ActorLabel = typeof Label.Person | typeof Label.Team | typeof Label.Organisation;

export interface Period {
  validFrom: string;
  validTo: string | null;
}

/**
 * Relationships that are part of an actor's own record and go with it on a hard delete.
 * Anything else touching it (ties, members, teams, learning notes) blocks the delete.
 */
const OWN_RELATIONSHIPS: Record<ActorLabel, string[]> = {
  Organisation: [Rel.OfType, Rel.InSector, Rel.Serves],
  Team: [Rel.OfType, Rel.InNeighbourhood, MemberRel.PartOf],
  Person: [MemberRel.MemberOf, MemberRel.HasProfession],
};

/** Plain words for what still refers to an actor, for CONFLICT messages. */
const REFERENCE_NAMES: Record<string, string> = {
  [Rel.From]: 'ties',
  [Rel.To]: 'ties',
  [MemberRel.PartOf]: 'teams',
  [MemberRel.MemberOf]: 'members',
  [Rel.About]: 'learning notes',
};

export type EndOutcome =
  | { status: 'missing' }
  | { status: 'before-start'; validFrom: string }
  | { status: 'later-memberships'; count: number }
  | { status: 'ended' };

export type DeleteOutcome =
  { status: 'missing' } | { status: 'in-use'; references: string[] } | { status: 'deleted' };

/** Lifecycle Cypher shared by organisations, teams and people. */
@Injectable()
export class ActorRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Validity periods of the given actors that exist in the council (others are absent). */
  async periods(councilId: string, label: ActorLabel, ids: string[]): Promise<Map<string, Period>> {
    if (ids.length === 0) return new Map();
    const result = await this.neo4j.query<{ id: string; period: Period }>(
      `UNWIND $ids AS id MATCH (a:${label} {id: id}) WHERE a.councilId = $councilId
       RETURN a.id AS id, a {.validFrom, .validTo} AS period`,
      { ids: [...new Set(ids)], councilId },
    );
    return new Map(result.records.map((r) => [r.get('id'), r.get('period')]));
  }

  /**
   * Sets validTo and caps every membership still open at that date, in one transaction,
   * so "as of" reads after the end never show a member of something that has ended.
   * Refuses when a membership would start on or after the end (it would never hold).
   */
  async end(
    councilId: string,
    label: ActorLabel,
    id: string,
    validTo: string,
  ): Promise<EndOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      // Locked first: the start and the memberships are checked against the state at commit.
      await lockRecords(tx, councilId, { [label]: [id] });
      const found = await tx.run(
        `MATCH (a:${label} {id: $id}) WHERE a.councilId = $councilId
         RETURN a.validFrom AS validFrom,
                COUNT { (a)-[m:${ANY_MEMBERSHIP}]-() WHERE m.validFrom >= $validTo } AS later`,
        { councilId, id, validTo },
      );
      const row = found.records[0];
      if (!row) return { status: 'missing' };
      const validFrom = row.get('validFrom') as string;
      // validTo is the first day it no longer holds: ending on the start day is an empty period.
      if (validTo <= validFrom) return { status: 'before-start', validFrom };
      const later = row.get('later') as number;
      if (later > 0) return { status: 'later-memberships', count: later };
      await tx.run(
        `MATCH (a:${label} {id: $id}) WHERE a.councilId = $councilId
         SET a.validTo = $validTo
         WITH a
         MATCH (a)-[m:${ANY_MEMBERSHIP}]-()
         WHERE m.validTo IS NULL OR m.validTo > $validTo
         SET m.validTo = $validTo`,
        { councilId, id, validTo },
      );
      changed();
      return { status: 'ended' };
    });
  }

  /** Hard delete with the actor's own relationships, unless anything else refers to it. */
  async delete(councilId: string, label: ActorLabel, id: string): Promise<DeleteOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      // Locked first, so nothing can be tied to it between the check and the delete.
      await lockRecords(tx, councilId, { [label]: [id] });
      const found = await tx.run(
        `MATCH (a:${label} {id: $id}) WHERE a.councilId = $councilId
         RETURN COLLECT { MATCH (a)-[r]-() WHERE NOT type(r) IN $own RETURN DISTINCT type(r) } AS refs`,
        { councilId, id, own: OWN_RELATIONSHIPS[label] },
      );
      const row = found.records[0];
      if (!row) return { status: 'missing' };
      const refs = row.get('refs') as string[];
      if (refs.length > 0) {
        const names = new Set(refs.map((type) => REFERENCE_NAMES[type] ?? 'other records'));
        return { status: 'in-use', references: [...names].sort() };
      }
      await tx.run(`MATCH (a:${label} {id: $id}) WHERE a.councilId = $councilId DETACH DELETE a`, {
        councilId,
        id,
      });
      changed();
      return { status: 'deleted' };
    });
  }
}
