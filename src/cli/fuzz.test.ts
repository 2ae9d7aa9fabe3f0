import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from './commands.js';
import { main } from './run.js';
import { json, type Command, type Flag } from './spec.js';

/**
 * Every CLI command (issue 15), in-process, with random, oversized, wrong-typed and malicious
 * values for its positionals and flags: it exits 0 (or 1 for a finding), or 2 with one `error:`
 * line; never an unexpected failure or a stack trace; and a refusal (2) leaves the database as it
 * was (its hash).
 */

/** Commands that wait forever, replace the data or need files: covered by their own tests. */
const SKIP = new Set(['serve', 'restore', 'demo', 'import json', 'network import']);

/** Flags that name files: they get paths inside the throwaway home, never the random text. */
const FILE_FLAG = /^(out|file|dir|output)$/;

const MALICIOUS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE applications; --",
  '1 OR 1=1',
  'Robert\u0000Tables',
  '\u001b[31mred\u001b[0m',
  '\u0007bell\r\nInjected: header',
  '\ud800x',
  '\ufffd',
  '0001-01-01',
  '9999-12-31T23:59',
  '2026-03-09T10:00+99:00',
  '-1',
  '1e309',
  'NaN',
  '0x10',
  '1h99m',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '',
  ' ',
  'x'.repeat(100_000),
];

const value = fc.oneof(
  fc.constantFrom(...MALICIOUS),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

let home: string;
const env = { ...process.env };

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-fuzz-'));
  Object.assign(process.env, {
    AFTERVIEW_HOME: home,
    AFTERVIEW_NOW: '2026-03-02T17:00:00-05:00',
    TZ: 'America/Toronto',
  });
  delete process.env.DATABASE_URL;
  // Something for the commands that take an id to find.
  const added = await run(['app', 'add', '--company', 'Northwind Traders', '--role', 'Engineer']);
  expect(added.code, added.err).toBe(0);
});
afterAll(() => {
  for (const k of ['AFTERVIEW_HOME', 'AFTERVIEW_NOW', 'TZ']) {
    if (env[k] === undefined) Reflect.deleteProperty(process.env, k);
    else process.env[k] = env[k];
  }
  rmSync(home, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    out += String(c);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
    err += String(c);
    return true;
  });
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const hash = (): string => {
  const h = createHash('sha256');
  const file = join(home, 'afterview.db');
  for (const f of [file, `${file}-wal`]) if (existsSync(f)) h.update(readFileSync(f));
  return h.digest('hex');
};

/** An argument list for the command: its words, some positionals, some flags, in any order. */
const argsFor = (c: Command): fc.Arbitrary<string[]> => {
  const none: [string, Flag] = ['json', json];
  const flags: [string, Flag][] = Object.entries(c.flags);
  const flag = fc.constantFrom(...(flags.length > 0 ? flags : [none]));
  const flagArgs = fc.array(
    fc.tuple(flag, value).map(([[name, f], v]) => {
      if (f.type === 'boolean') return [`--${name}`];
      return [`--${name}`, FILE_FLAG.test(name) ? join(home, 'files', 'out.txt') : v];
    }),
    { maxLength: 4 },
  );
  const positionals = fc.array(fc.oneof(value, fc.constantFrom('1', '2', '999999')), {
    maxLength: c.positionals.length + 1,
  });
  return fc.tuple(positionals, flagArgs).map(([p, f]) => [...c.name.split(' '), ...p, ...f.flat()]);
};

const commands = COMMANDS.filter((c) => !SKIP.has(c.name));

describe('every CLI command with hostile values', () => {
  it('covers the commands (a new one is fuzzed without editing this file)', () => {
    expect(commands.length).toBeGreaterThan(40);
  });

  it('exits 0/1, or 2 with one error line and the database unchanged; never a crash', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commands).chain((c) => argsFor(c)),
        async (argv) => {
          seen.add(`${argv[0] ?? ''} ${argv[1] ?? ''}`);
          const before = hash();
          const r = await run(argv);
          expect(r.err, argv.join(' ')).not.toMatch(/unexpected failure|\n\s+at /);
          expect([0, 1, 2], `${argv.join(' ')}: ${r.err}`).toContain(r.code);
          if (r.code === 2) {
            expect(r.err, argv.join(' ')).toMatch(/^error: [^\n]*\n$/);
            expect(hash(), `${argv.join(' ')} refused but changed the database`).toBe(before);
          }
        },
      ),
      { numRuns: 1000, seed: 15, endOnFailure: true },
    );
    expect(seen.size).toBeGreaterThan(20);
  }, 90_000);
});
