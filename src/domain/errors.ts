/**
 * The short list of domain errors. Edges map each code in one place:
 * CLI to exit code 2 with one `error:` line, HTTP to a 4xx with `{ error: { code, message, field } }`.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'too_soon';

export class AfterviewError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AfterviewError';
  }
}

export const invalidInput = (message: string, field?: string): AfterviewError =>
  new AfterviewError('invalid_input', message, field);

export const notFound = (what: string, id: string | number, field?: string): AfterviewError =>
  new AfterviewError('not_found', `${what} ${String(id)} does not exist`, field);

export const conflict = (message: string, field?: string): AfterviewError =>
  new AfterviewError('conflict', message, field);

export const isAfterviewError = (e: unknown): e is AfterviewError => e instanceof AfterviewError;
