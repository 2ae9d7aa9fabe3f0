import { positional, type Command, type Flag } from './spec.js';

/**
 * Usage and help text, generated from a command's declaration so they cannot drift from what
 * the parser accepts: every flag and positional appears, required ones without brackets.
 */

const WIDTH = 100;

const flagWord = (name: string, f: Flag): string =>
  `--${name}${f.type === 'string' ? ` ${f.arg ?? 'VALUE'}` : ''}`;

/** The words of the usage line after `afterview`: name, positionals, required then other flags. */
export function usageWords(c: Command): string[] {
  const words = [c.name];
  for (const p of c.positionals.map(positional))
    words.push(p.optional === true ? `[${p.name}]` : p.name);
  const flags = Object.entries(c.flags);
  for (const [name, f] of flags.filter(([, f]) => f.required === true)) {
    words.push(`${flagWord(name, f)}${f.multiple === true ? '...' : ''}`);
  }
  for (const [name, f] of flags.filter(([, f]) => f.required !== true)) {
    words.push(`[${flagWord(name, f)}]${f.multiple === true ? '...' : ''}`);
  }
  return words;
}

/** `usage: afterview …`, wrapped at 100 columns with continuation lines indented. */
export function usageLine(c: Command): string {
  const lines: string[] = [];
  let line = 'usage: afterview';
  for (const w of usageWords(c)) {
    if (line.length + 1 + w.length > WIDTH && line.trim() !== '') {
      lines.push(line);
      line = '   ';
    }
    line += ` ${w}`;
  }
  lines.push(line);
  return lines.join('\n');
}

export function commandHelp(c: Command): string {
  const args = c.positionals.map(positional).filter((p) => p.help !== undefined);
  const flags = Object.entries(c.flags);
  return [
    usageLine(c),
    '',
    c.summary,
    ...(args.length > 0 ? ['', 'arguments:'] : []),
    ...args.map((p) => `  ${p.name.padEnd(28)} ${p.help ?? ''}`),
    ...(flags.length > 0 ? ['', 'options:'] : []),
    ...flags.map(([name, f]) => {
      const word = flagWord(name, f);
      return `  ${word.padEnd(28)} ${f.help}${f.multiple === true ? ' (repeatable)' : ''}`;
    }),
  ].join('\n');
}

export function topHelp(commands: readonly Command[]): string {
  return [
    'afterview: what to do after each job interview, and when.',
    '',
    'usage: afterview COMMAND [options]      (afterview COMMAND --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(20)} ${c.summary}`),
    '',
    '  --version            print the version',
    '',
    'Environment: AFTERVIEW_HOME (data folder), AFTERVIEW_NOW (fix the clock, ISO-8601), TZ.',
  ].join('\n');
}
