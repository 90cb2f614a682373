/**
 * Membership relationships and the Cypher fragments every actor repository shares.
 * A membership is a relationship carrying {id, validFrom, validTo}, because people move
 * between teams, change profession, and teams change organisation.
 */
export const MemberRel = {
  /** (:Person)-[:MEMBER_OF]->(:Team) */
  MemberOf: 'MEMBER_OF',
  /** (:Person)-[:HAS_PROFESSION]->(:Profession) */
  HasProfession: 'HAS_PROFESSION',
  /** (:Team)-[:PART_OF]->(:Organisation) */
  PartOf: 'PART_OF',
} as const;

export type MemberRelType = (typeof MemberRel)[keyof typeof MemberRel];

/** All three types, for patterns such as `-[m:MEMBER_OF|HAS_PROFESSION|PART_OF]-`. */
export const ANY_MEMBERSHIP = Object.values(MemberRel).join('|');

/** Upper bound for open periods in overlap tests; ISO dates compare as text. */
export const END_OF_TIME = '9999-12-31';

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

/** Overlap of a stored period `m` with [$validFrom, $validTo) (null = open). */
export function overlaps(alias: string): string {
  return `(${alias}.validFrom < coalesce($validTo, '${END_OF_TIME}')
           AND $validFrom < coalesce(${alias}.validTo, '${END_OF_TIME}'))`;
}

/** Cypher for the earlier of two period ends (null = open), so memberships never outlive an endpoint. */
export function earlierEndCypher(a: string, b: string): string {
  return `CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL OR ${a} <= ${b} THEN ${a} ELSE ${b} END`;
}
