import { useEffect, useState } from 'react';
import { ApiError, gql } from './api/client';
import type { HealthQuery } from './api/operations.generated';

type State =
  | { kind: 'loading' }
  | { kind: 'ok'; data: HealthQuery['health'] }
  | { kind: 'error'; message: string };

const QUERY = 'query Health { health { status neo4j { name version edition latencyMs } } }';

/** Shows whether the API and its Neo4j answer, and Neo4j's version. */
export function HealthBadge() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    gql<HealthQuery>(QUERY)
      .then((data) => setState({ kind: 'ok', data: data.health }))
      .catch((error: unknown) =>
        setState({
          kind: 'error',
          message: error instanceof ApiError ? error.message : String(error),
        }),
      );
  }, []);
  if (state.kind === 'loading') return <p role="status">Checking the database…</p>;
  if (state.kind === 'error') {
    return (
      <p role="alert" data-testid="health-error">
        {state.message}
      </p>
    );
  }
  const { neo4j } = state.data;
  return (
    <p role="status" data-testid="health-ok">
      Connected to {neo4j.name} <strong data-testid="neo4j-version">{neo4j.version}</strong> (
      {neo4j.edition}
      ), {neo4j.latencyMs} ms.
    </p>
  );
}
