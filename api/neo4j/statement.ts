/** A Cypher statement and its parameters, for a caller to run as part of a statement of its own. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}
