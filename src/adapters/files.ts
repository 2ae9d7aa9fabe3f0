import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that it is either complete or absent: a temp file beside it, then a rename.
 * A crash mid-write never leaves half an .eml or .pdf that looks like a finished one.
 */
export function writeFileAtomic(path: string, data: Buffer | string, mode?: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(tmp, data, mode === undefined ? {} : { mode });
  // The mode of a new file is masked by the umask: set it exactly.
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, path);
}
