import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer boundaries of eslint.config.js (STYLE.md: dependencies point inward), each shown to
 * fail a planted violation. The rules are the real ones from the config file; only the
 * type-checked rules are switched off, because the fixtures are not files of the TypeScript
 * project (and type-aware linting would make this test slow).
 */

const ROOT = join(import.meta.dirname, '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/** The rule ids of the errors ESLint reports for `code` as if it were the file at `filePath`. */
async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  if (result === undefined) throw new Error('no lint result');
  return result.messages
    .filter((m) => m.severity === 2)
    .map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

interface Violation {
  rule: string;
  file: string;
  code: string;
  expected: 'no-restricted-imports' | 'no-restricted-syntax';
}

const VIOLATIONS: Violation[] = [
  {
    rule: "http reaches the store's Kysely handle",
    file: 'src/http/routes/fixture.ts',
    code: 'export const f = (ctx: { store: { db: unknown } }): unknown => ctx.store.db;\n',
    expected: 'no-restricted-syntax',
  },
  {
    rule: "cli reaches the store's Kysely handle",
    file: 'src/cli/commands/fixture.ts',
    code: 'export const f = (ctx: { store: { db: unknown } }): unknown => ctx.store.db;\n',
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'a service reaches the Kysely handle of a transaction',
    file: 'src/services/outbox/fixture.ts',
    code: 'export const f = (tx: { db: unknown }): unknown => tx.db;\n',
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'a service imports kysely',
    file: 'src/services/outbox/fixture.ts',
    code: "import { sql } from 'kysely';\nexport const q = sql`select 1`;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'a service imports better-sqlite3',
    file: 'src/services/settings/fixture.ts',
    code: "import Database from 'better-sqlite3';\nexport const open = (): unknown => new Database(':memory:');\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'http imports an adapter',
    file: 'src/http/routes/fixture.ts',
    code: "import { sendSmtp } from '../../adapters/mail.js';\nexport const f = sendSmtp;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'cli imports an adapter',
    file: 'src/cli/commands/fixture.ts',
    code: "import { loadSpeller } from '../../adapters/spelling.js';\nexport const f = loadSpeller;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'http imports the store',
    file: 'src/http/routes/fixture.ts',
    code: "import { Store } from '../../store/store.js';\nexport const f = Store;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain imports node:crypto',
    file: 'src/domain/compose/fixture.ts',
    code: "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain imports bare os',
    file: 'src/domain/fixture.ts',
    code: "import os from 'os';\nexport const host = os.hostname;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain imports bare crypto',
    file: 'src/domain/playbook/fixture.ts',
    code: "import { createHash } from 'crypto';\nexport const h = createHash;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain imports bare path',
    file: 'src/domain/playbook/rules/fixture.ts',
    code: "import { join } from 'path';\nexport const j = join;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain imports fs/promises',
    file: 'src/domain/fixture.ts',
    code: "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain reads process.env',
    file: 'src/domain/fixture.ts',
    code: "export const zone = (): string => process.env.TZ ?? 'UTC';\n",
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain reads performance.now()',
    file: 'src/domain/playbook/fixture.ts',
    code: 'export const t = (): number => performance.now();\n',
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain calls DateTime.local()',
    file: 'src/domain/fixture.ts',
    code: "import { DateTime } from 'luxon';\nexport const t = (): DateTime => DateTime.local();\n",
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain calls DateTime.utc()',
    file: 'src/domain/compose/fixture.ts',
    code: "import { DateTime } from 'luxon';\nexport const t = (): DateTime => DateTime.utc();\n",
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain calls DateTime.now()',
    file: 'src/domain/fixture.ts',
    code: "import { DateTime } from 'luxon';\nexport const t = (): DateTime => DateTime.now();\n",
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain reads Date.now()',
    file: 'src/domain/fixture.ts',
    code: 'export const t = (): number => Date.now();\n',
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain constructs new Date()',
    file: 'src/domain/fixture.ts',
    code: 'export const t = (): Date => new Date();\n',
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain calls Math.random()',
    file: 'src/domain/fixture.ts',
    code: 'export const r = (): number => Math.random();\n',
    expected: 'no-restricted-syntax',
  },
  {
    rule: 'the domain imports ../web',
    file: 'src/domain/playbook/fixture.ts',
    code: "import type { X } from '../../web/lib/format.js';\nexport type Y = X;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain imports the web folder itself',
    file: 'src/domain/fixture.ts',
    code: "import * as web from '../web';\nexport const w = web;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the domain imports the store',
    file: 'src/domain/fixture.ts',
    code: "import type { Store } from '../store/store.js';\nexport type S = Store;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'a general domain module imports the planner',
    file: 'src/domain/fixture.ts',
    code: "import { plan } from './playbook/plan.js';\nexport const p = plan;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'the store imports a service',
    file: 'src/store/repos/fixture.ts',
    code: "import { openContext } from '../../services/open.js';\nexport const o = openContext;\n",
    expected: 'no-restricted-imports',
  },
  {
    rule: 'a service imports the http edge',
    file: 'src/services/outbox/fixture.ts',
    code: "import { onError } from '../../http/errors.js';\nexport const e = onError;\n",
    expected: 'no-restricted-imports',
  },
];

describe('lint boundaries', () => {
  it.each(VIOLATIONS)('fails when $rule', async ({ file, code, expected }) => {
    const found = await errors(file, code);
    expect(
      found.some((e) => e.startsWith(`${expected}:`)),
      found.join('\n'),
    ).toBe(true);
  });

  it.each([
    {
      file: 'src/domain/fixture.ts',
      code: [
        "import { DateTime } from 'luxon';",
        "import type { Instant } from './types.js';",
        "import { toInstant } from './time.js';",
        '/** A pure function of its inputs. */',
        'export const epoch = (): Instant => toInstant(DateTime.utc(2026, 1, 1));',
        "export const at = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });",
        'export const later = (d: Date): Date => new Date(d.getTime() + 1);',
        '',
      ].join('\n'),
    },
    {
      file: 'src/domain/playbook/rules/fixture.ts',
      code: [
        "import { dayOfDate } from '../../clock.js';",
        "import type { Calendar } from '../../time.js';",
        'export const first = (c: Calendar): number | null => dayOfDate(c.holidays[0] ?? "");',
        '',
      ].join('\n'),
    },
    {
      file: 'src/services/outbox/fixture.ts',
      code: [
        "import type { Store } from '../../store/store.js';",
        "import { sendSmtp } from '../../adapters/mail.js';",
        'export const send = sendSmtp;',
        'export const count = (store: Store): Promise<number> => store.applications.countActive();',
        '',
      ].join('\n'),
    },
    {
      file: 'src/http/routes/fixture.ts',
      code: [
        "import { userZone } from '../../services/settings/settings.js';",
        'export const zone = userZone;',
        '',
      ].join('\n'),
    },
    {
      file: 'src/store/repos/fixture.ts',
      code: [
        "import type { Kysely } from 'kysely';",
        "import type { DB } from '../schema.js';",
        'export class FixtureRepo {',
        '  constructor(private readonly db: Kysely<DB>) {}',
        '  names = () => this.db.selectFrom("companies").select("name").execute();',
        '}',
        '',
      ].join('\n'),
    },
  ])('passes a clean $file', async ({ file, code }) => {
    expect(await errors(file, code)).toEqual([]);
  });
});
