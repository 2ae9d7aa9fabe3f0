import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The record of the `afterview serve` running for a data folder: `serve.pid` holds its process
 * id and the address it answers on. `restore` refuses while it runs, and `calendar token` prints
 * that address. Written when the server listens, removed on a clean stop, ignored once the
 * process that wrote it is gone (a crash leaves it behind).
 */
export const serverFile = (home: string): string => join(home, 'serve.pid');

export interface RunningServer {
  /** Its process id; -1 when it runs under another user (we may not signal it). */
  pid: number;
  /** The address it answers on; null in a record without one. */
  url: string | null;
}

/** Records this process as the home's server; returns what removes the record again. */
export function recordRunningServer(home: string, url: string): () => void {
  const file = serverFile(home);
  // On PostgreSQL nothing else may have made the data folder yet (`serve --no-auth` keeps no key).
  mkdirSync(home, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${String(process.pid)} ${url}\n`, { mode: 0o600 });
  return () => {
    try {
      const [pid] = readFileSync(file, 'utf8').trim().split(' ');
      if (pid === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
}

/** The server running for this home (not this process), or null when none runs. */
export function runningServer(home: string): RunningServer | null {
  let text: string;
  try {
    text = readFileSync(serverFile(home), 'utf8').trim();
  } catch {
    return null;
  }
  const m = /^(\d+)(?: (https?:\/\/\S+))?$/.exec(text);
  const pid = Number(m?.[1]);
  if (m === null || !Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return null;
  const url = m[2] ?? null;
  try {
    process.kill(pid, 0);
    return { pid, url };
  } catch (e) {
    // EPERM: it runs under another user, but it runs.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? { pid: -1, url } : null;
  }
}
