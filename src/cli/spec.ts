import type { Ctx } from '../services/context.js';

/** A flag as `node:util` parseArgs takes it, plus what `--help` and the usage line print. */
export interface Flag {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  help: string;
  /** The value's placeholder in the usage line and help, e.g. `DATETIME`. */
  arg?: string;
  /**
   * Shown without brackets in the usage line. The services still check it (they word the
   * error with the field's name), so this only tells the reader.
   */
  required?: boolean;
}

/** A positional argument: `APP`, or optional `[KEY]`, with an optional line for `--help`. */
export interface Positional {
  name: string;
  optional?: boolean;
  help?: string;
}

/**
 * What a command hands back: text for people, data for `--json`. `text` may be a function so
 * `--json` runs never pay for formatting (hundreds of lines on `today`). `exitCode` 1 reports a
 * finding rather than a failure, the way linters do: `check` found errors, `send` did not deliver.
 */
export interface Output {
  text: string | (() => string);
  json: unknown;
  exitCode?: 0 | 1;
  /**
   * The text is a file's content made safe where it was written (an .ics, a JSON export):
   * printed as it is, not through the terminal filter, which would change its line endings.
   */
  verbatim?: boolean;
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Invocation {
  ctx: Ctx;
  values: Values;
  positionals: string[];
  zone: string;
}

export type Handler = (inv: Invocation) => Promise<Output>;

/** A command that opens the database its own way (`migrate`): it gets the flags and the env. */
export type StorelessHandler = (values: Values, env: NodeJS.ProcessEnv) => Promise<Output>;

export interface Command {
  /** Words that select it: `app add`, `today`. */
  name: string;
  summary: string;
  /** A plain string is a required positional of that name. */
  positionals: (string | Positional)[];
  flags: Record<string, Flag>;
  /**
   * Loaded only when the command runs, so `afterview today` starts fast: a group's
   * `commands.ts` imports no handler statically, only through this.
   */
  load: () => Promise<Handler>;
  /**
   * Run instead of `load`, without the store opened first: for `migrate`, which must not
   * migrate by opening the database.
   */
  loadStoreless?: () => Promise<StorelessHandler>;
}

/** Every command takes `--json`; declare it in `flags` with this. */
export const json: Flag = { type: 'boolean', help: 'print machine-readable JSON' };

/** A flag with a value: `--company C`. */
export const option = (help: string, arg = 'TEXT', required = false): Flag => ({
  type: 'string',
  help,
  arg,
  ...(required ? { required } : {}),
});

/** A flag given once per item: `--topic TEXT`... */
export const repeated = (help: string, arg = 'TEXT'): Flag => ({
  type: 'string',
  multiple: true,
  help,
  arg,
});

/** A yes/no flag: `--all`. */
export const toggle = (help: string): Flag => ({ type: 'boolean', help });

/** An optional positional argument. */
export const optional = (name: string, help?: string): Positional => ({
  name,
  optional: true,
  ...(help !== undefined ? { help } : {}),
});

export const positional = (p: string | Positional): Positional =>
  typeof p === 'string' ? { name: p } : p;
