/**
 * The one family of errors that domain, store and analysis code throw. Each carries a
 * code from a closed union; `src/http/format-error.ts` turns them into GraphQL
 * `extensions.code`. Nothing here imports GraphQL.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STORE_UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'RATE_LIMITED';

export class KotaKembarError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** One thing wrong with an input, as data: a code, the input field at fault, the values involved. */
export interface InputProblem {
  code: string;
  /** The input field, as the client named it (`partyIds`, `signedYear`, `aliases[1]`). */
  field: string;
  values: Readonly<Record<string, unknown>>;
  message: string;
}

export class BadInputError extends KotaKembarError {
  /** Every problem found, when the input broke data rules (GraphQL `extensions.problems`). */
  readonly problems: readonly InputProblem[];
  constructor(message: string, options?: ErrorOptions & { problems?: readonly InputProblem[] }) {
    super('BAD_USER_INPUT', message, options);
    this.problems = options?.problems ?? [];
  }
}

export class NotFoundError extends KotaKembarError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} has the id "${id.length > 200 ? `${id.slice(0, 200)}…` : id}".`);
  }
}

export class ConflictError extends KotaKembarError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class UnauthenticatedError extends KotaKembarError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends KotaKembarError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class StoreUnavailableError extends KotaKembarError {
  constructor(message = 'The database is unavailable right now; try again shortly.', options?: ErrorOptions) {
    super('STORE_UNAVAILABLE', message, options);
  }
}

/** Wrap anything thrown into an Error, keeping the original as `cause`. */
export function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown), { cause: thrown });
}

/** Throw at compile time when a switch over a union misses a case. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}

/** A database statement ran past the per-transaction limit and was stopped (extensions.code TIMEOUT). */
export class StoreTimeoutError extends KotaKembarError {
  constructor(limitMs: number, options?: ErrorOptions) {
    super(
      'TIMEOUT',
      `The database took longer than its limit of ${limitMs} ms for this request and stopped it; narrow the request or try again later.`,
      options,
    );
  }
}
