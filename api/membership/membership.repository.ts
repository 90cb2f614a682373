import { Injectable } from '@nestjs/common';
import { Label, LabelName } from '../../graph/labels';
import { validAt } from '../common/temporal';
import { lockRecords } from '../neo4j/locks';
import { Neo4jService } from '../neo4j/neo4j.service';
import { overlapsCypher } from '../neo4j/validity';
import {
  earlierEndCypher,
  MEMBERSHIP_PROJECTION,
  MemberRel,
  MemberRelType,
  overlaps,
} from './membership.cypher';
import { Membership, MembershipKind } from './models/membership.model';

interface KindShape {
  rel: MemberRelType;
  from: LabelName;
  to: LabelName;
  /** Shared vocabularies (professions) carry no councilId. */
  toScoped: boolean;
  /**
   * Which existing memberships a new period must not overlap: the same pair for teams
   * (a person may be in several teams at once), any of the member's for a profession or
   * an organisation (one at a time, so "as of" reads give a single answer).
   */
  samePairOnly: boolean;
}

const KINDS: Record<MembershipKind, KindShape> = {
  TEAM: {
    rel: MemberRel.MemberOf,
    from: Label.Person,
    to: Label.Team,
    toScoped: true,
    samePairOnly: true,
  },
  PROFESSION: {
    rel: MemberRel.HasProfession,
    from: Label.Person,
    to: Label.Profession,
    toScoped: false,
    samePairOnly: false,
  },
  ORGANISATION: {
    rel: MemberRel.PartOf,
    from: Label.Team,
    to: Label.Organisation,
    toScoped: true,
    samePairOnly: false,
  },
};

/** Finds a membership by id inside the council, binding a (member), m and b (target). */
const MATCH_BY_ID = `CALL () {
    MATCH (a:${Label.Person})-[m:${MemberRel.MemberOf} {id: $id}]->(b) RETURN a, m, b
    UNION
    MATCH (a:${Label.Person})-[m:${MemberRel.HasProfession} {id: $id}]->(b) RETURN a, m, b
    UNION
    MATCH (a:${Label.Team})-[m:${MemberRel.PartOf} {id: $id}]->(b) RETURN a, m, b
  }
  WITH a, m, b WHERE a.councilId = $councilId`;

/** Memberships of the same member that `m`, ending at $validTo, would overlap. */
const SIBLINGS = `COUNT {
    MATCH (a)-[s]->(t) WHERE type(s) = type(m) AND s.id <> m.id
      AND (type(m) <> '${MemberRel.MemberOf}' OR t = b)
      AND ${overlapsCypher('s', 'm.validFrom', '$validTo')}
  }`;

/** $validTo, but never after either endpoint ends (professions never end). */
const END_WITHIN_ENDPOINTS = earlierEndCypher(
  '$validTo',
  earlierEndCypher('a.validTo', 'b.validTo'),
);

export interface NewMembership {
  id: string;
  kind: MembershipKind;
  fromId: string;
  toId: string;
  validFrom: string;
  validTo: string | null;
}

@Injectable()
export class MembershipRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Creates the membership unless it overlaps another (then returns 'overlap'). */
  async add(councilId: string, input: NewMembership): Promise<Membership | 'overlap'> {
    const k = KINDS[input.kind];
    const target = k.toScoped ? 'AND b.councilId = $councilId' : '';
    const clash = `(a)-[s:${k.rel}]->(${k.samePairOnly ? 'b' : ''}) WHERE ${overlaps('s')}`;
    const endpoints = `MATCH (a:${k.from} {id: $fromId}), (b:${k.to} {id: $toId})
         WHERE a.councilId = $councilId ${target}`;
    const params = { councilId, ...input };
    // Check and create in one transaction, after locking the member (person or team) and the
    // target, so two concurrent adds queue and the second sees the first's membership.
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      await lockRecords(tx, councilId, {
        [k.from]: [input.fromId],
        ...(k.toScoped ? { [k.to]: [input.toId] } : {}),
      });
      const check = await tx.run(`${endpoints} RETURN EXISTS { ${clash} } AS clashes`, params);
      if (check.records.length === 0 || (check.records[0].get('clashes') as boolean)) {
        return 'overlap';
      }
      const result = await tx.run(
        `${endpoints}
         CREATE (a)-[m:${k.rel} {id: $id, validFrom: $validFrom, validTo: $validTo}]->(b)
         RETURN ${MEMBERSHIP_PROJECTION} AS membership`,
        params,
      );
      changed();
      return result.records[0].get('membership') as Membership;
    });
  }

  async find(councilId: string, id: string): Promise<Membership | null> {
    const result = await this.neo4j.query(
      `${MATCH_BY_ID} RETURN ${MEMBERSHIP_PROJECTION} AS membership`,
      { councilId, id },
    );
    return (result.records[0]?.get('membership') as Membership | undefined) ?? null;
  }

  /** Sets validTo (capped at the endpoints' ends) unless it would overlap a sibling. */
  async end(
    councilId: string,
    id: string,
    validTo: string,
  ): Promise<Membership | 'overlap' | null> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const member = await tx.run(`${MATCH_BY_ID} RETURN labels(a)[0] AS label, a.id AS id`, {
        councilId,
        id,
      });
      if (member.records.length === 0) return null;
      await lockRecords(tx, councilId, {
        [member.records[0].get('label') as LabelName]: [member.records[0].get('id') as string],
      });
      const found = await tx.run(`${MATCH_BY_ID} RETURN ${SIBLINGS} AS clashes`, {
        councilId,
        id,
        validTo,
      });
      if (found.records.length === 0) return null;
      if ((found.records[0].get('clashes') as number) > 0) return 'overlap';
      const result = await tx.run(
        `${MATCH_BY_ID} SET m.validTo = ${END_WITHIN_ENDPOINTS}
         RETURN ${MEMBERSHIP_PROJECTION} AS membership`,
        { councilId, id, validTo },
      );
      changed();
      return result.records[0].get('membership') as Membership;
    });
  }

  async delete(councilId: string, id: string): Promise<boolean> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const result = await tx.run(`${MATCH_BY_ID} DELETE m RETURN count(*) AS deleted`, {
        councilId,
        id,
      });
      const deleted = result.records.length > 0 && (result.records[0].get('deleted') as number) > 0;
      if (deleted) changed();
      return deleted;
    });
  }

  /**
   * A person's team and profession memberships, or a team's members and organisations;
   * only those valid at `asOf` when given, else the whole history.
   */
  async list(
    councilId: string,
    of: { label: typeof Label.Person | typeof Label.Team; id: string },
    asOf: string | null,
  ): Promise<Membership[]> {
    const memberships =
      of.label === Label.Person
        ? `MATCH (a)-[m:${MemberRel.MemberOf}|${MemberRel.HasProfession}]->() RETURN m`
        : `MATCH (a)-[m:${MemberRel.PartOf}]->() RETURN m
           UNION MATCH (a)<-[m:${MemberRel.MemberOf}]-() RETURN m`;
    const result = await this.neo4j.query(
      `MATCH (a:${of.label} {id: $id}) WHERE a.councilId = $councilId
       CALL (a) { ${memberships} }
       WITH m WHERE $asOf IS NULL OR ${validAt('m')}
       RETURN ${MEMBERSHIP_PROJECTION} AS membership
       ORDER BY m.validFrom, type(m), m.id`,
      { councilId, id: of.id, asOf },
    );
    return result.records.map((r) => r.get('membership') as Membership);
  }
}
