/**
 * The short list of domain errors. Edges map each code in one place:
 * CLI to exit code 2 with one `error:` line, HTTP to a 4xx with `{ error: { code, message, field } }`.
 * `schema_mismatch`: the database and this version's migrations disagree (written by a newer
 * Afterview, or a migration file changed); nothing may run until the user upgrades.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'too_soon' | 'schema_mismatch';

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

export const schemaMismatch = (message: string): AfterviewError =>
  new AfterviewError('schema_mismatch', message);

export const isAfterviewError = (e: unknown): e is AfterviewError => e instanceof AfterviewError;
