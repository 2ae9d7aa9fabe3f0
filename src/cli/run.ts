import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isAfterviewError, type ErrorCode } from '../domain/errors.js';
import { isWellFormed, printable } from '../domain/text.js';
import { withRemedy } from './remedy.js';
import { COMMANDS } from './commands.js';
import { cliMessage } from './fields.js';
import type { Command, Output, Values } from './spec.js';
import { commandHelp, topHelp } from './usage.js';

/**
 * `afterview`: parse → service → print, callable in-process (the CLI fuzz test runs it so);
 * main.ts runs it on the process's arguments. Exit codes: 0 success, 2 bad input or a refused change
 * (one `error:` line on stderr, nothing written), 1 an unexpected failure.
 */

class UsageError extends Error {}

/**
 * The package's version, read only when asked: the bundle (dist/bundle/) and the compiled and
 * source trees (dist/cli/, src/cli/) all sit two folders below package.json.
 */
function version(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  const v = (pkg as { version?: unknown }).version;
  return typeof v === 'string' ? v : 'unknown';
}

/** The one place domain error codes become exit codes: each is a refusal the user can act on. */
const EXIT_CODE: Record<ErrorCode, number> = {
  invalid_input: 2,
  not_found: 2,
  conflict: 2,
  too_soon: 2,
  schema_mismatch: 2,
};

function findCommand(argv: string[]): { command: Command; rest: string[] } {
  const two = `${argv[0] ?? ''} ${argv[1] ?? ''}`;
  const byTwo = COMMANDS.find((c) => c.name === two);
  if (byTwo !== undefined) return { command: byTwo, rest: argv.slice(2) };
  const byOne = COMMANDS.find((c) => c.name === argv[0]);
  if (byOne !== undefined) return { command: byOne, rest: argv.slice(1) };
  const group = COMMANDS.filter((c) => c.name.startsWith(`${argv[0] ?? ''} `));
  if (group.length > 0) {
    throw new UsageError(
      `"${argv[0] ?? ''}" needs a subcommand: ${group.map((c) => c.name.split(' ')[1]).join(', ')}`,
    );
  }
  throw new UsageError(`unknown command "${argv.join(' ')}" (see afterview --help)`);
}

function parse(command: Command, rest: string[]): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: Object.fromEntries(
        Object.entries(command.flags).map(([k, f]) => [
          k,
          { type: f.type, multiple: f.multiple === true },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > command.positionals.length) {
      throw new UsageError(
        `too many arguments: ${positionals.slice(command.positionals.length).join(' ')}`,
      );
    }
    return { values: values as Values, positionals };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const msg = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    throw new UsageError(`${msg.replace(/\.$/, '')} (see afterview ${command.name} --help)`);
  }
}

/**
 * Arguments must be text: the runtime turns bytes that are not UTF-8 into U+FFFD, which nobody
 * types, and a lone surrogate cannot be stored. Refused before anything is opened.
 */
function checkArguments(argv: readonly string[]): void {
  argv.forEach((a, i) => {
    if (a.includes('\uFFFD') || !isWellFormed(a)) {
      throw new UsageError(`argument ${i + 1} is not valid UTF-8 text`);
    }
  });
}

/** Prints a command's output; returns its exit code. */
function print(out: Output, values: Values): number {
  // JSON escapes control characters itself; text goes through the one terminal filter.
  if (values.json === true) process.stdout.write(`${JSON.stringify(out.json, null, 2)}\n`);
  else {
    const text = typeof out.text === 'function' ? out.text() : out.text;
    const safe = out.verbatim === true ? text : printable(text, { lines: true });
    if (text !== '') process.stdout.write(`${safe}\n`);
  }
  return out.exitCode ?? 0;
}

/**
 * `--database-url URL` (or `--database-url=URL`) before the command: DATABASE_URL for this run.
 * Returns the arguments without it.
 */
function takeDatabaseUrl(argv: string[]): string[] {
  const first = argv[0] ?? '';
  if (first.startsWith('--database-url=')) {
    process.env.DATABASE_URL = first.slice('--database-url='.length);
    return argv.slice(1);
  }
  if (first === '--database-url') {
    if (argv[1] === undefined) throw new UsageError('--database-url needs a postgres:// URL');
    process.env.DATABASE_URL = argv[1];
    return argv.slice(2);
  }
  return argv;
}

export async function main(argv: string[]): Promise<number> {
  try {
    argv = takeDatabaseUrl(argv);
  } catch (e) {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(`${topHelp(COMMANDS)}\n`);
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-V') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  let flags: Command['flags'] = {};
  try {
    checkArguments(argv);
    const { command, rest } = findCommand(argv);
    flags = command.flags;
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    const { values, positionals } = parse(command, rest);
    if (command.loadStoreless !== undefined) {
      const run = await command.loadStoreless();
      return print(await run(values, process.env), values);
    }
    // Loaded together: the module loader reads and compiles the three graphs in one pass.
    const [run, { openContext }, { userZone }] = await Promise.all([
      command.load(),
      import('../services/open.js'),
      import('../services/settings/settings.js'),
    ]);
    const ctx = await openContext(process.env);
    try {
      const zone = await userZone(ctx);
      return print(await run({ ctx, values, positionals, zone }), values);
    } finally {
      await ctx.store.close();
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${printable(e.message)}\n`);
      return 2;
    }
    if (isAfterviewError(e)) {
      process.stderr.write(`error: ${printable(withRemedy(cliMessage(e, flags), e.remedy))}\n`);
      return EXIT_CODE[e.code];
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`error: unexpected failure: ${msg}\n`);
    if (process.env.AFTERVIEW_DEBUG === '1' && e instanceof Error)
      process.stderr.write(`${e.stack ?? ''}\n`);
    return 1;
  }
}
