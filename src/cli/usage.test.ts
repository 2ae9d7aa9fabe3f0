import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, GROUPS } from './commands.js';
import { positional, type Command } from './spec.js';
import { commandHelp, topHelp, usageLine } from './usage.js';

const flagWord = (c: Command, name: string): string => {
  const f = c.flags[name];
  return f?.type === 'string' ? `--${name} ${f.arg ?? 'VALUE'}` : `--${name}`;
};

describe('generated usage', () => {
  it('names every declared flag and positional of every command', () => {
    for (const c of COMMANDS) {
      const usage = usageLine(c).replace(/\n {3}/g, '');
      expect(usage.startsWith(`usage: afterview ${c.name}`), c.name).toBe(true);
      for (const p of c.positionals.map(positional)) {
        expect(usage, c.name).toContain(p.optional === true ? `[${p.name}]` : ` ${p.name}`);
      }
      for (const [name, f] of Object.entries(c.flags)) {
        const word = flagWord(c, name);
        const shown = f.required === true ? ` ${word}` : `[${word}]`;
        expect(usage, `${c.name} ${name}`).toContain(f.multiple === true ? `${shown}...` : shown);
      }
      const help = commandHelp(c);
      for (const [name, f] of Object.entries(c.flags)) {
        expect(help, `${c.name} ${name}`).toContain(`  ${flagWord(c, name)}`);
        expect(help).toContain(f.help);
      }
    }
  });

  it('keeps PRODUCT.md §12 forms: required flags bare, the rest in brackets', () => {
    const byName = (n: string): Command => {
      const c = COMMANDS.find((x) => x.name === n);
      if (c === undefined) throw new Error(`no command ${n}`);
      return c;
    };
    expect(usageLine(byName('app add'))).toMatch(
      /^usage: afterview app add --company C --role R \[--url URL\] \[--source S\]/,
    );
    expect(usageLine(byName('interview log'))).toContain(
      'interview log APP --at DATETIME [--duration DURATION]',
    );
    expect(usageLine(byName('interview log'))).toContain('[--interviewer PERSON]...');
    expect(usageLine(byName('snooze'))).toBe(
      'usage: afterview snooze ACTION --until DATETIME [--json]',
    );
    expect(usageLine(byName('today'))).toBe('usage: afterview today [--json]');
    expect(usageLine(byName('settings'))).toBe(
      'usage: afterview settings [get|set] [KEY] [VALUE] [--json]',
    );
  });

  it('wraps long usage lines at 100 columns', () => {
    for (const c of COMMANDS) {
      for (const line of usageLine(c).split('\n'))
        expect(line.length, c.name).toBeLessThanOrEqual(100);
    }
  });

  it('lists every command once in the top help, with --version', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const top = topHelp(COMMANDS);
    for (const n of names) expect(top).toContain(`  ${n} `);
    expect(top).toContain('--version');
  });
});

describe('command groups', () => {
  const dir = import.meta.dirname;
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'test')
    .map((d) => d.name);

  it('has one folder per group, each in the index', () => {
    expect(folders.length).toBe(GROUPS.length);
    const index = readFileSync(join(dir, 'commands.ts'), 'utf8');
    for (const f of folders) expect(index, f).toContain(`from './${f}/commands.js'`);
  });

  it('declares commands without loading their handlers (a command loads only what it runs)', () => {
    for (const f of folders) {
      const source = readFileSync(join(dir, f, 'commands.ts'), 'utf8');
      const statics = [...source.matchAll(/(?:\bfrom|^import)\s+'([^']+)'/gm)].map((m) => m[1]);
      expect(statics, f).toEqual(['../spec.js']);
    }
  });
});
