/**
 * Errors the domain raises on purpose. The GraphQL and HTTP edges map each code to a
 * client-facing code in one place (graphql-error.mapper.ts); anything that is not a
 * DomainError is logged and reported as a generic internal error.
 */
export enum DomainErrorCode {
  BadInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  RateLimited = 'RATE_LIMITED',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
}

export interface FieldProblem {
  /** Path of the offending input field, e.g. `input.strength` or `items[3].validTo`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(fields: FieldProblem[]): DomainError {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new DomainError(DomainErrorCode.BadInput, `Invalid input (${summary})`, fields);
  }

  static notFound(kind: string, id: string): DomainError {
    return new DomainError(DomainErrorCode.NotFound, `${kind} "${id}" was not found`);
  }

  static unauthenticated(
    message = 'Sign in first: the request has no valid session or API token.',
  ): DomainError {
    return new DomainError(DomainErrorCode.Unauthenticated, message);
  }

  static forbidden(message = 'Your role does not allow this.'): DomainError {
    return new DomainError(DomainErrorCode.Forbidden, message);
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError(DomainErrorCode.Conflict, message, field ? [{ field, message }] : []);
  }
}
