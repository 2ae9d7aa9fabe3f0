import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The built command (`npm run build` first). */
export const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'afterview');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A port free on 127.0.0.1 right now, for a `serve` the test starts. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => {
        resolve(port);
      });
    });
  });

/** A throwaway data folder and a way to run `afterview` in it at a fixed time. */
export class CliHome {
  readonly dir = mkdtempSync(join(tmpdir(), 'afterview-cli-'));
  now = '2026-03-02T17:00:00-05:00';
  tz = 'America/Toronto';

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      ...process.env,
      AFTERVIEW_HOME: this.dir,
      AFTERVIEW_NOW: this.now,
      TZ: this.tz,
      ...extra,
    };
  }

  run(args: string[], extra: Record<string, string> = {}): CliResult {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      env: this.env(extra),
      encoding: 'utf8',
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** Runs and parses `--json` output, failing loudly on a non-zero exit. */
  json<T = Record<string, unknown>>(args: string[]): T {
    const r = this.run([...args, '--json']);
    if (r.code !== 0) throw new Error(`afterview ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  }

  runAsync(args: string[]): Promise<CliResult> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { env: this.env() });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => {
        resolve({ code: code ?? -1, stdout, stderr });
      });
    });
  }

  /**
   * Runs without blocking this process (a server the command talks to, such as a TestSmtp, runs
   * here) and returns stdout, failing loudly on a non-zero exit.
   */
  async ok(args: string[]): Promise<string> {
    const r = await this.runAsync(args);
    if (r.code !== 0) throw new Error(`afterview ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r.stdout;
  }

  /** Every row of every table, to prove a refused command wrote nothing. */
  snapshot(): string {
    const db = new Database(join(this.dir, 'afterview.db'), { readonly: true });
    try {
      const tables = db
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
        )
        .all() as { name: string }[];
      return JSON.stringify(
        tables.map((t) => [t.name, db.prepare(`select * from "${t.name}"`).all()]),
      );
    } finally {
      db.close();
    }
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
