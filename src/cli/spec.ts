import type { Ctx } from '../services/context.js';

/** A flag as `node:util` parseArgs takes it, plus the line `--help` prints. */
export interface Flag {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  help: string;
  arg?: string;
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
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Invocation {
  ctx: Ctx;
  values: Values;
  positionals: string[];
  zone: string;
}

export interface Command {
  /** Words that select it: `app add`, `today`. */
  name: string;
  usage: string;
  summary: string;
  positionals: string[];
  flags: Record<string, Flag>;
  /** Loaded only when the command runs, so `afterview today` starts fast. */
  load: () => Promise<(inv: Invocation) => Promise<Output>>;
  /** Commands that manage their own lifetime (serve). */
  raw?: (argv: { values: Values; positionals: string[] }) => Promise<number>;
}
