import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { invalidInput, isAfterviewError } from '../../domain/errors.js';
import { importLinkedin, type ImportSummary } from '../../services/network/import.js';
import { presentImportSummary } from '../../services/network/present-network.js';
import { MAX_EXPORT_BYTES, type LinkedinImportInput } from '../../services/network/schema.js';
import type { Invocation, Output } from '../spec.js';

const WIDTH = 30;

/** A progress bar on stderr, redrawn in place; only on a terminal, so pipes and logs stay clean. */
function progressBar(label: string): {
  update: (done: number, total: number) => void;
  end: () => void;
} {
  const tty = process.stderr.isTTY;
  let drawn = false;
  let phase = '';
  return {
    update(done, total) {
      if (!tty || total < 2000) return;
      // A new total is the next phase (reading, then writing).
      const name = phase === '' || done === 0 ? (drawn ? 'writing' : 'reading') : phase;
      phase = name;
      const filled = Math.round((done / total) * WIDTH);
      process.stderr.write(
        `\r${label} ${name} [${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`,
      );
      drawn = true;
    },
    end() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}

export function summaryText(s: ImportSummary, file: string): string {
  const lines = [
    `Imported ${file}: ${String(s.read)} connection${s.read === 1 ? '' : 's'} read.`,
    `  new ${String(s.created)}, updated ${String(s.updated)}${s.moved > 0 ? ` (${String(s.moved)} changed employer)` : ''}, unchanged ${String(s.unchanged)}, skipped ${String(s.skipped)}`,
  ];
  if (s.companies.length === 0) {
    lines.push('  No one at the companies you applied to.');
  } else {
    lines.push(`  At the companies you applied to: ${String(s.matched)}`);
    for (const c of s.companies.slice(0, 20)) {
      lines.push(
        `    ${c.company}: ${String(c.people)}${c.suggested > 0 ? ` (+${String(c.suggested)} to confirm)` : ''}`,
      );
    }
  }
  if (s.problems.length > 0) {
    lines.push('Rows not imported:');
    for (const p of s.problems.slice(0, 50)) lines.push(`  line ${String(p.line)}: ${p.reason}`);
    if (s.problems.length > 50)
      lines.push(`  … and ${String(s.problems.length - 50)} more (--json lists them all)`);
  }
  return lines.join('\n');
}

export async function linkedin({ ctx, positionals }: Invocation): Promise<Output> {
  const file = positionals[0] ?? '';
  let bytes: Buffer;
  try {
    // Refuse a huge file before reading it into memory.
    if (file !== '-' && statSync(file).size > MAX_EXPORT_BYTES) {
      throw invalidInput(
        `FILE ${file} is ${String(Math.round(statSync(file).size / 1024 / 1024))} MB, larger than the 10 MB a LinkedIn connections export can be; nothing was imported`,
        'file',
      );
    }
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    if (isAfterviewError(e)) throw e;
    throw invalidInput(`FILE ${file}: cannot read it`, 'file');
  }
  // The bytes are the parsed input: the schema's base64 is how the API carries a file in JSON,
  // and a round trip through it would cost a pass over a few MB for nothing.
  const input: LinkedinImportInput = { file: Uint8Array.from(bytes) };
  const bar = progressBar(basename(file));
  try {
    const s = await importLinkedin(ctx, input, bar.update);
    return { text: () => summaryText(s, basename(file)), json: presentImportSummary(s) };
  } finally {
    bar.end();
  }
}
