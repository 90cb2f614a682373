/**
 * Node labels and relationship types, named once. Repositories interpolate these
 * constants (never user input) into Cypher; values always travel as $parameters.
 */
export const Label = {
  Migration: 'Migration',
  Council: 'Council',
  DataVersionStripe: 'DataVersionStripe',
  TiePairLock: 'TiePairLock',
  Neighbourhood: 'Neighbourhood',
  Organisation: 'Organisation',
  Team: 'Team',
  Person: 'Person',
  Tie: 'Tie',
  TieVersion: 'TieVersion',
  Membership: 'Membership',
  Wave: 'Wave',
  Intervention: 'Intervention',
  LearningNote: 'LearningNote',
  MapLayout: 'MapLayout',
  Blueprint: 'Blueprint',
  BlueprintExpectation: 'BlueprintExpectation',
  AuditEvent: 'AuditEvent',
  User: 'User',
  Session: 'Session',
  ApiToken: 'ApiToken',
  PasswordReset: 'PasswordReset',
  SignInThrottle: 'SignInThrottle',
  OidcLogin: 'OidcLogin',
  Sector: 'Sector',
  OrganisationType: 'OrganisationType',
  TeamType: 'TeamType',
  Profession: 'Profession',
  TieType: 'TieType',
  NoteCategory: 'NoteCategory',
  IntegrationLevel: 'IntegrationLevel',
} as const;

export type LabelName = (typeof Label)[keyof typeof Label];

/** Relationship types, named once like the labels (a test snapshot shows every use). */
export const Rel = {
  /** (:Person)-[:MEMBER_OF {id, validFrom, validTo}]->(:Team) */
  MemberOf: 'MEMBER_OF',
  /** (:Person)-[:HAS_PROFESSION {id, validFrom, validTo}]->(:Profession) */
  HasProfession: 'HAS_PROFESSION',
  /** (:Team)-[:PART_OF {id, validFrom, validTo}]->(:Organisation) */
  PartOf: 'PART_OF',
  /** (:Organisation|Team)-[:OF_TYPE]->(:OrganisationType|TeamType) */
  OfType: 'OF_TYPE',
  /** (:Organisation)-[:IN_SECTOR]->(:Sector) */
  InSector: 'IN_SECTOR',
  /** (:Organisation)-[:SERVES]->(:Neighbourhood) */
  Serves: 'SERVES',
  /** (:Team)-[:IN_NEIGHBOURHOOD]->(:Neighbourhood) */
  InNeighbourhood: 'IN_NEIGHBOURHOOD',
  /** (:Council)-[:HAS_NEIGHBOURHOOD]->(:Neighbourhood) */
  HasNeighbourhood: 'HAS_NEIGHBOURHOOD',
  /** (:Tie)-[:FROM]->(actor) */
  From: 'FROM',
  /** (:Tie)-[:TO]->(actor) */
  To: 'TO',
  /** (:TieVersion)-[:VERSION_OF]->(:Tie), and earlier versions of other records */
  VersionOf: 'VERSION_OF',
  /** (:LearningNote|Intervention)-[:ABOUT]->(target) */
  About: 'ABOUT',
  /** (:LearningNote)-[:IN_CATEGORY]->(:NoteCategory) */
  InCategory: 'IN_CATEGORY',
  /** (:Blueprint)-[:EXPECTS]->(:BlueprintExpectation) */
  Expects: 'EXPECTS',
  /** (:User)-[:HAS_ROLE {role}]->(:Council) */
  HasRole: 'HAS_ROLE',
} as const;

export type RelType = (typeof Rel)[keyof typeof Rel];
