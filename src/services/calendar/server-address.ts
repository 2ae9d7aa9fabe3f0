import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The address `afterview serve` answers on for this home, so `calendar token` prints a feed URL
 * that works (issue 11): written when the server starts listening, removed on a clean stop, and
 * ignored when the process that wrote it is gone.
 */
const fileOf = (home: string): string => join(home, 'server-address');

/** Records the running server's address; returns what removes it again. */
export function recordServerAddress(home: string, url: string): () => void {
  const file = fileOf(home);
  writeFileSync(file, `${String(process.pid)} ${url}\n`, { mode: 0o600 });
  return () => {
    try {
      if (readFileSync(file, 'utf8').startsWith(`${String(process.pid)} `))
        rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
}

/** The address of the server running for this home, or null when none runs. */
export function runningServerAddress(home: string): string | null {
  let text: string;
  try {
    text = readFileSync(fileOf(home), 'utf8').trim();
  } catch {
    return null;
  }
  const m = /^(\d+) (https?:\/\/\S+)$/.exec(text);
  if (m === null) return null;
  try {
    process.kill(Number(m[1]), 0);
  } catch (e) {
    // EPERM: it runs under another user, but it runs.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return m[2] ?? null;
}
