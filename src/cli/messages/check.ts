import { readFileSync } from 'node:fs';
import { withRemedy } from '../remedy.js';
import { lineColumn } from '../../domain/check/text.js';
import { summarize } from '../../domain/check/check.js';
import { invalidInput } from '../../domain/errors.js';
import type { Finding } from '../../domain/types.js';
import { checkText } from '../../services/messages/check.js';
import { presentFinding } from '../../services/present/present-message.js';
import { str } from '../format.js';
import type { Invocation, Output } from '../spec.js';

/** Reads a file argument (`-` is standard input); a missing file is bad input. */
export function readInput(path: string | undefined, what: string): string {
  if (path === undefined || path === '') throw invalidInput(`${what} is required`, what);
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw invalidInput(`cannot read ${path}${code === '' ? '' : ` (${code})`}`, what);
  }
}

/** `where  severity  rule  message` lines; `where` is `prefix:line:col` in `text`. */
export function findingLines(
  findings: readonly Finding[],
  texts: Partial<Record<Finding['field'], { text: string; prefix: string; offset?: number }>>,
): string[] {
  return findings.map((f) => {
    const src = texts[f.field];
    let where: string = f.field;
    if (src !== undefined) {
      const { line, column } = lineColumn(src.text, f.start + (src.offset ?? 0));
      where = `${src.prefix}:${line}:${column}`;
    }
    return `  ${where.padEnd(16)} ${f.severity.padEnd(8)} ${f.rule.padEnd(14)} ${withRemedy(f.message, f.remedy)}`;
  });
}

/** `afterview check FILE [--kind K] [--channel C] [--action ACTION]`: exit 1 when an error is found. */
export async function check(inv: Invocation): Promise<Output> {
  const file = inv.positionals[0];
  const text = readInput(file, 'FILE').replace(/^\uFEFF/, '');
  const r = await checkText(inv.ctx, text, {
    kind: str(inv.values.kind),
    channel: str(inv.values.channel),
    action: str(inv.values.action),
  });
  const name = file === '-' ? '<stdin>' : (file ?? '');
  const lines = findingLines(r.findings, {
    subject: { text, prefix: name, offset: r.subjectOffset },
    body: { text, prefix: name, offset: r.bodyOffset },
  });
  const errors = r.findings.some((f) => f.severity === 'error');
  return {
    text: [...lines, `${name}: ${summarize(r.findings)}`].join('\n'),
    json: { file: name, ok: !errors, findings: r.findings.map(presentFinding) },
    exitCode: errors ? 1 : 0,
  };
}
