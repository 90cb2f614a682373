/**
 * Node labels and relationship types, named once. Repositories interpolate these
 * constants (never user input) into Cypher; values always travel as $parameters.
 */
export const Label = {
  Migration: 'Migration',
  Council: 'Council',
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
