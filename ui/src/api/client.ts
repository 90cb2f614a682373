/** Minimal GraphQL client: POST to /graphql on the page's own origin. */
import { reportReachable } from '../state/apiStatus';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    reportReachable(false);
    throw new ApiError(
      'The Interweave API cannot be reached. Check that it is running.',
      'UNREACHABLE',
    );
  }
  reportReachable(true);
  let body: { data?: T; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
  } catch {
    throw new ApiError(
      `The API answered ${response.status} without a GraphQL body.`,
      'UNREACHABLE',
    );
  }
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'UNKNOWN',
      first.extensions?.fields ?? [],
    );
  }
  if (!body.data) throw new ApiError('The API returned no data.', 'UNKNOWN');
  return body.data;
}
