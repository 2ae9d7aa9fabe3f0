import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

/**
 * Most job seekers only ever use the web app: nothing it shows may tell them to run a command
 * (issue 10, 12). Scans every string literal, template text and JSX text under src/web.
 */
const ROOT = import.meta.dirname;
const COMMAND = /\bafterview [a-z]|--[a-z]{2,}/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function offenders(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    const s =
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n) ||
      ts.isJsxText(n)
        ? n.text
        : undefined;
    // CSS custom properties (`var(--space-2)`) are not commands.
    if (s !== undefined && COMMAND.test(s.replace(/var\(--[\w-]+\)|^--[\w-]+$/g, ''))) {
      const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      found.push(`${relative(ROOT, file)}:${line}: ${s.trim().slice(0, 80)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

it('no text in the web app tells the user to run a command', () => {
  expect(sources(ROOT).flatMap(offenders)).toEqual([]);
});

it('finds a planted command in JSX text and in a string', () => {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-web-scan-'));
  const file = join(dir, 'Planted.tsx');
  writeFileSync(
    file,
    "export const A = () => <p>Run afterview send 3</p>;\nexport const b = 'use --force';\nexport const c = 'var(--space-2)';\n",
  );
  expect(offenders(file).length).toBe(2);
});
