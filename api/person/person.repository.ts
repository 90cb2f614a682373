import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { validAt } from '../common/temporal';
import {
  earlierEndCypher,
  MEMBERSHIP_PROJECTION,
  MemberRel,
} from '../membership/membership.cypher';
import { lockRecords } from '../neo4j/locks';
import { Neo4jService } from '../neo4j/neo4j.service';
import { validAtCypher } from '../neo4j/validity';
import { Person, PersonLevel } from './models/person.model';
import { pageOf, readPage } from '../neo4j/pagination';
import { whenRevealed } from '../neo4j/projection';

const P = Label.Person;
const MEMBER_OF = MemberRel.MemberOf;
const HAS_PROFESSION = MemberRel.HasProfession;

/** Rows per UNWIND statement: big enough to be fast, small enough to keep memory flat. */
const CHUNK = 1000;

/**
 * Shared projection of a person bound to `p`; team and profession as of $asOf. Display
 * name and role title only when $revealNames (the caller may see names in this council).
 */
const PERSON_PROJECTION = `p {
  .id, .pseudonym, .level, .validFrom, .validTo, .createdAt,
  displayName: ${whenRevealed('p.displayName')},
  roleTitle: ${whenRevealed('p.roleTitle')},
  blendedRole: coalesce(p.blendedRole, false),
  professionId: head(COLLECT {
    MATCH (p)-[m:${HAS_PROFESSION}]->(x:${Label.Profession}) WHERE ${validAt('m')}
    RETURN x.id ORDER BY m.validFrom DESC
  }),
  teamIds: COLLECT {
    MATCH (p)-[m:${MEMBER_OF}]->(t:${Label.Team}) WHERE ${validAt('m')}
    RETURN DISTINCT t.id AS teamId ORDER BY teamId
  },
  memberships: COLLECT {
    MATCH (p)-[m:${MEMBER_OF}|${HAS_PROFESSION}]->()
    RETURN ${MEMBERSHIP_PROJECTION} AS membership ORDER BY m.validFrom, type(m), m.id
  }
}`;

/** One person to write, with the memberships it starts with (ids pre-generated). */
export interface NewPerson {
  id: string;
  pseudonym: string;
  displayName: string | null;
  roleTitle: string | null;
  level: PersonLevel;
  blendedRole: boolean;
  validFrom: string;
  validTo: string | null;
  teamId: string | null;
  teamMembershipId: string;
  professionId: string | null;
  professionMembershipId: string;
}

export interface PersonFilter {
  teamId: string | null;
  professionId: string | null;
  level: PersonLevel | null;
  blendedRole: boolean | null;
  organisationId: string | null;
  neighbourhoodId: string | null;
  search: string | null;
}

@Injectable()
export class PersonRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Writes every person and their first team / profession memberships in ONE transaction,
   * a few UNWIND statements of CHUNK rows each: all of them commit, or none.
   */
  async createMany(councilId: string, rows: NewPerson[]): Promise<'created' | { teamId: string }> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      // Each person's first team is locked and checked again here: it must still exist and
      // hold on the person's start, whatever was ended or deleted since it was validated.
      const teamIds = rows.flatMap((r) => (r.teamId ? [r.teamId] : []));
      if (teamIds.length > 0) {
        await lockRecords(tx, councilId, { [Label.Team]: teamIds });
        const gone = await tx.run<{ teamId: string }>(
          `UNWIND $rows AS row WITH row WHERE row.teamId IS NOT NULL
           OPTIONAL MATCH (t:${Label.Team} {id: row.teamId}) WHERE t.councilId = $councilId
           WITH row, t WHERE t IS NULL OR NOT ${validAtCypher('t', 'row.validFrom')}
           RETURN row.teamId AS teamId LIMIT 1`,
          { councilId, rows: rows.map((r) => ({ teamId: r.teamId, validFrom: r.validFrom })) },
        );
        if (gone.records.length > 0) return { teamId: gone.records[0].get('teamId') };
      }
      for (let start = 0; start < rows.length; start += CHUNK) {
        await tx.run(
          `UNWIND $rows AS row
           CREATE (p:${P} {id: row.id, councilId: $councilId, pseudonym: row.pseudonym,
                           displayName: row.displayName, roleTitle: row.roleTitle,
                           level: row.level, blendedRole: row.blendedRole,
                           validFrom: row.validFrom, validTo: row.validTo,
                           createdAt: toString(datetime())})
           WITH p, row
           CALL (p, row) {
             MATCH (t:${Label.Team} {id: row.teamId}) WHERE t.councilId = $councilId
             CREATE (p)-[:${MEMBER_OF} {id: row.teamMembershipId, validFrom: row.validFrom,
                                        validTo: ${earlierEndCypher('row.validTo', 't.validTo')}}]->(t)
           }
           CALL (p, row) {
             MATCH (x:${Label.Profession} {id: row.professionId})
             CREATE (p)-[:${HAS_PROFESSION} {id: row.professionMembershipId,
                                             validFrom: row.validFrom, validTo: row.validTo}]->(x)
           }`,
          { councilId, rows: rows.slice(start, start + CHUNK) },
        );
      }
      changed();
      return 'created';
    });
  }

  async get(
    councilId: string,
    id: string,
    asOf: string,
    revealNames: boolean,
  ): Promise<Person | null> {
    const result = await this.neo4j.query(
      `MATCH (p:${P} {id: $id}) WHERE p.councilId = $councilId RETURN ${PERSON_PROJECTION} AS person`,
      { councilId, id, asOf, revealNames },
    );
    return (result.records[0]?.get('person') as Person | undefined) ?? null;
  }

  /**
   * People valid at `asOf`, by pseudonym; team-based filters through memberships then.
   * Search looks in display names only when they may be shown, so it cannot reveal them.
   */
  async list(
    councilId: string,
    filter: PersonFilter,
    asOf: string,
    page: { offset: number; limit: number; revealNames: boolean },
  ): Promise<{ items: Person[]; total: number }> {
    const inTeam = `(p)-[m:${MEMBER_OF}]->(t:${Label.Team}) WHERE ${validAt('m')}`;
    const result = await this.neo4j.query(
      `MATCH (p:${P}) WHERE p.councilId = $councilId AND ${validAt('p')}
         AND ($level IS NULL OR p.level = $level)
         AND ($blendedRole IS NULL OR coalesce(p.blendedRole, false) = $blendedRole)
         AND ($teamId IS NULL OR EXISTS { ${inTeam} AND t.id = $teamId })
         AND ($neighbourhoodId IS NULL OR EXISTS { ${inTeam} AND t.neighbourhoodId = $neighbourhoodId })
         AND ($organisationId IS NULL OR EXISTS {
               MATCH ${inTeam}
               MATCH (t)-[o:${MemberRel.PartOf}]->(:${Label.Organisation} {id: $organisationId})
               WHERE ${validAt('o')} })
         AND ($professionId IS NULL OR EXISTS {
               (p)-[m:${HAS_PROFESSION}]->(:${Label.Profession} {id: $professionId}) WHERE ${validAt('m')} })
         AND ($search IS NULL OR toLower(p.pseudonym) CONTAINS toLower($search)
              OR ($revealNames AND toLower(coalesce(p.displayName, '')) CONTAINS toLower($search)))
       WITH p ORDER BY p.pseudonym, p.id
       ${pageOf('p', PERSON_PROJECTION)}`,
      { councilId, ...filter, asOf, ...page },
    );
    return readPage<Person>(result);
  }

  async update(
    councilId: string,
    id: string,
    changes: Record<string, unknown>,
    asOf: string,
    revealNames: boolean,
  ): Promise<Person | null> {
    const result = await this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const updated = await tx.run(
        `MATCH (p:${P} {id: $id}) WHERE p.councilId = $councilId
         SET p += $changes
         RETURN ${PERSON_PROJECTION} AS person`,
        { councilId, id, changes, asOf, revealNames },
      );
      if (updated.records.length > 0) changed();
      return updated;
    });
    return (result.records[0]?.get('person') as Person | undefined) ?? null;
  }

  /** Which pseudonyms are already used in the council (by someone other than `exceptId`). */
  async takenPseudonyms(
    councilId: string,
    pseudonyms: string[],
    exceptId: string | null = null,
  ): Promise<Set<string>> {
    if (pseudonyms.length === 0) return new Set();
    const result = await this.neo4j.query<{ pseudonym: string }>(
      `UNWIND $pseudonyms AS pseudonym
       MATCH (p:${P} {councilId: $councilId, pseudonym: pseudonym})
       WHERE $exceptId IS NULL OR p.id <> $exceptId
       RETURN p.pseudonym AS pseudonym`,
      { councilId, pseudonyms: [...new Set(pseudonyms)], exceptId },
    );
    return new Set(result.records.map((r) => r.get('pseudonym')));
  }
}
