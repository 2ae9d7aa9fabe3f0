import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

/**
 * Services and the domain word their messages for any user: they name fields (`until`), never
 * CLI flags (`--until`), and never tell the user to run a command; each edge words a field for
 * its own user (src/cli/fields.ts, the API's `field`). This scans every string literal and
 * template text in their sources (comments are free to mention flags).
 */

const ROOT = join(import.meta.dirname, '..');
const FLAG = /--[a-z]/i;
const COMMAND = /\bafterview [a-z]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

function offenders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    const s =
      ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)
        ? n.text
        : ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)
          ? n.text
          : undefined;
    if (s !== undefined && (FLAG.test(s) || COMMAND.test(s))) {
      const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      found.push(`${relative(ROOT, file)}:${line}: ${s.slice(0, 80)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/**
 * Files not yet converted to field-named errors; each must leave this list as it is converted
 * (the test fails both for a new offender and for a listed file that no longer offends).
 */
const PENDING = new Set<string>([]);

it('no service or domain message names a CLI flag or tells the user to run a command', () => {
  const all = [...sources(join(ROOT, 'services')), ...sources(join(ROOT, 'domain'))].flatMap(
    offenders,
  );
  const fresh = all.filter((o) => !PENDING.has(o.split(':')[0] ?? ''));
  expect(fresh).toEqual([]);
  const stillListed = [...PENDING].filter((f) => !all.some((o) => o.startsWith(`${f}:`)));
  expect(stillListed).toEqual([]);
});
