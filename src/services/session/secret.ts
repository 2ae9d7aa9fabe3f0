import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret that signs the web app's session cookies (src/http/auth.ts), kept in the home as
 * `session-secret`, readable by its owner only. Created on first use; an existing file with looser
 * modes is tightened. Deleting it signs every browser out.
 */
export const secretFile = (home: string): string => join(home, 'session-secret');

const BYTES = 32;

export function loadOrCreateSecret(home: string): Buffer {
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const file = secretFile(home);
  // Written whole under a private name, then linked into place: two servers starting at once
  // end up sharing one secret, and no reader ever sees a half-written file.
  const tmp = `${file}.${String(process.pid)}.tmp`;
  writeFileSync(tmp, randomBytes(BYTES).toString('hex'), { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
  // Whatever the umask or an earlier copy left, only the owner reads it.
  chmodSync(file, 0o600);
  const hex = readFileSync(file, 'utf8').trim();
  const secret = Buffer.from(hex, 'hex');
  if (!/^[0-9a-f]+$/.test(hex) || secret.length < BYTES) {
    throw new Error(`${file} is not a session secret: delete it and start again`);
  }
  return secret;
}
