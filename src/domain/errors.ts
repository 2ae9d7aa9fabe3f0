/**
 * The short list of domain errors. Edges map each code in one place:
 * CLI to exit code 2 with one `error:` line, HTTP to a 4xx with `{ error: { code, message, field } }`.
 * `schema_mismatch`: the database and this version's migrations disagree (written by a newer
 * Afterview, or a migration file changed); nothing may run until the user upgrades.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'too_soon' | 'schema_mismatch';

/**
 * What the user can do about an error or a check finding, as data. The domain and services say
 * what is wrong in words any user understands; each edge words the remedy for its own user (the
 * CLI as the command to run, src/cli/remedy.ts; the web app as the field to fill or the button
 * to press), so no service message names a flag or a command.
 */
export type Remedy =
  /** Give the message's recipient an e-mail address (`to`) or a postal address (`address`). */
  | { do: 'edit_message'; message_id: number | null; field: 'to' | 'address' }
  /** Send anyway, past the check or the spacing guard, with a reason that is logged. */
  | { do: 'force_send'; message_id: number }
  /** A crash left the outcome unknown: confirm it arrived, or send it again. */
  | { do: 'confirm_or_resend'; message_id: number }
  /** Look at the messages held after a crash. */
  | { do: 'review_outbox' }
  /** Set these settings (the first one is the one that matters most). */
  | { do: 'set_setting'; keys: readonly string[]; example?: string }
  /** Deliver a copy instead: save the e-mail as an .eml file. */
  | { do: 'save_eml'; message_id: number }
  /** The interview already happened: write its debrief. */
  | { do: 'debrief'; interview_id: number }
  /** Add a template for this kind of message. */
  | { do: 'add_template'; kind: string }
  /** Built-in templates are read-only: copy one and edit the copy. */
  | { do: 'copy_template'; template_id: string }
  /** A word the dictionary lacks: add it to the user's own words. */
  | { do: 'add_word'; word: string };

export class AfterviewError extends Error {
  /** A field is a string or absent: a lookup by a key such as `constructor` must not leak here. */
  readonly field?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    field?: string,
    readonly remedy?: Remedy,
  ) {
    super(message);
    this.name = 'AfterviewError';
    if (typeof field === 'string') this.field = field;
  }
}

export const invalidInput = (message: string, field?: string, remedy?: Remedy): AfterviewError =>
  new AfterviewError('invalid_input', message, field, remedy);

export const notFound = (what: string, id: string | number, field?: string): AfterviewError =>
  new AfterviewError('not_found', `${what} ${String(id)} does not exist`, field);

export const conflict = (message: string, field?: string, remedy?: Remedy): AfterviewError =>
  new AfterviewError('conflict', message, field, remedy);

export const schemaMismatch = (message: string): AfterviewError =>
  new AfterviewError('schema_mismatch', message);

export const isAfterviewError = (e: unknown): e is AfterviewError => e instanceof AfterviewError;
