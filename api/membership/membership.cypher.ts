import { Rel } from '../../graph/labels';
import { earlierEndCypher, END_OF_TIME, overlapsCypher } from '../neo4j/validity';

/**
 * Membership relationships and the Cypher fragments every actor repository shares.
 * A membership is a relationship carrying {id, validFrom, validTo}, because people move
 * between teams, change profession, and teams change organisation.
 */
export const MemberRel = {
  /** (:Person)-[:MEMBER_OF]->(:Team) */
  MemberOf: Rel.MemberOf,
  /** (:Person)-[:HAS_PROFESSION]->(:Profession) */
  HasProfession: Rel.HasProfession,
  /** (:Team)-[:PART_OF]->(:Organisation) */
  PartOf: Rel.PartOf,
} as const;

export type MemberRelType = (typeof MemberRel)[keyof typeof MemberRel];

/** All three types, for patterns such as `-[m:MEMBER_OF|HAS_PROFESSION|PART_OF]-`. */
export const ANY_MEMBERSHIP = Object.values(MemberRel).join('|');

/** Projection of a membership relationship bound to `m` onto the Membership model. */
export const MEMBERSHIP_PROJECTION = `m {
  .id, .validFrom, .validTo,
  kind: CASE type(m) WHEN '${MemberRel.MemberOf}' THEN 'TEAM'
                     WHEN '${MemberRel.HasProfession}' THEN 'PROFESSION' ELSE 'ORGANISATION' END,
  personId: CASE WHEN type(m) <> '${MemberRel.PartOf}' THEN startNode(m).id END,
  teamId: CASE type(m) WHEN '${MemberRel.MemberOf}' THEN endNode(m).id
                       WHEN '${MemberRel.PartOf}' THEN startNode(m).id END,
  professionId: CASE type(m) WHEN '${MemberRel.HasProfession}' THEN endNode(m).id END,
  organisationId: CASE type(m) WHEN '${MemberRel.PartOf}' THEN endNode(m).id END
}`;

/** Overlap of a stored period `alias` with [$validFrom, $validTo) (null = open). */
export function overlaps(alias: string): string {
  return overlapsCypher(alias, '$validFrom', '$validTo');
}

export { earlierEndCypher, END_OF_TIME };
