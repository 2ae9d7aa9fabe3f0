import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that it is either complete or absent: a temp file beside it, then a rename.
 * A crash mid-write never leaves half an .eml or .pdf that looks like a finished one.
 */
export function writeFileAtomic(path: string, data: Buffer | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
