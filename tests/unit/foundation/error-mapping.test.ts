import { Neo4jError } from 'neo4j-driver';
import { DomainError, DomainErrorCode } from '../../../api/common/domain-error';
import { GENERIC_MESSAGE, toGraphQLError } from '../../../api/graphql/graphql-error.mapper';
import { mapNeo4jError } from '../../../api/neo4j/neo4j.errors';

describe('error mapping at the edge', () => {
  it('maps an unreachable database to DATABASE_UNAVAILABLE', () => {
    const error = new Neo4jError('Could not perform discovery', 'ServiceUnavailable', 'N/A', 'N/A');
    expect(mapNeo4jError(error)?.code).toBe(DomainErrorCode.DatabaseUnavailable);
  });

  it('maps a uniqueness violation to CONFLICT without the query text', () => {
    const error = new Neo4jError(
      "Node(12) already exists with label `Team` and property `id` = 't1'",
      'Neo.ClientError.Schema.ConstraintValidationFailed',
      'N/A',
      'N/A',
    );
    const mapped = mapNeo4jError(error);
    expect(mapped?.code).toBe(DomainErrorCode.Conflict);
    expect(mapped?.message).toBe("A record with id 't1' already exists");
  });

  it('hides unknown errors behind a generic message', () => {
    const cypherError = new Neo4jError(
      'Invalid input near MATCH (n) RETURN',
      'Neo.ClientError.Statement.SyntaxError',
      'N/A',
      'N/A',
    );
    const graphqlError = toGraphQLError(cypherError);
    expect(graphqlError.message).toBe(GENERIC_MESSAGE);
    expect(graphqlError.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(graphqlError.toJSON())).not.toContain('MATCH');
  });

  it('keeps domain errors with their code and fields', () => {
    const error = toGraphQLError(
      DomainError.badInput([{ field: 'input.strength', message: 'must be 1..5' }]),
    );
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.strength', message: 'must be 1..5' }],
    });
  });
});
