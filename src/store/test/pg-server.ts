import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A PostgreSQL server for the tests: AFTERVIEW_TEST_PG when set (an admin URL), else the one on
 * 127.0.0.1:5432 (user postgres) when it answers, else a private cluster started here in a
 * temporary folder on a free port (Debian's `postgresql` package, installed by
 * scripts/ensure-system-deps.sh), stopped by `stop`. AFTERVIEW_TEST_PG=private starts the
 * private cluster even when a server answers.
 */
export interface TestServer {
  /** An admin URL (a superuser on the `postgres` database). */
  url: string;
  stop: () => void;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
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
}

/** initdb and pg_ctl: on PATH, else in Debian's versioned folder. */
function binDir(): string {
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  const onPath = which.stdout.trim();
  if (which.status === 0 && onPath !== '') return onPath.replace(/\/pg_ctl$/, '');
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions
    .map((v) => join(root, v, 'bin'))
    .find((d) => existsSync(join(d, 'pg_ctl')));
  if (found === undefined) {
    throw new Error(
      'no PostgreSQL for the tests: set AFTERVIEW_TEST_PG, run one on 127.0.0.1:5432, or install postgresql (scripts/ensure-system-deps.sh)',
    );
  }
  return found;
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` system user. */
function runAs(): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
}

async function privateCluster(): Promise<TestServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'afterview-pg-'));
  const prefix = runAs();
  if (prefix.length > 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const run = (cmd: string, args: string[]): void => {
    const [head, ...rest] = [...prefix, join(bin, cmd), ...args];
    execFileSync(head ?? cmd, rest, { stdio: 'ignore' });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  // Durability is not what these tests check: fsync off makes CREATE DATABASE much cheaper.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function testServer(env: NodeJS.ProcessEnv): Promise<TestServer> {
  const given = env.AFTERVIEW_TEST_PG;
  // `private` skips the search: the fallback itself, tried on a machine that has a server.
  if (given === 'private') return privateCluster();
  if (given !== undefined && given !== '') return { url: given, stop: () => {} };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await answers(local)) return { url: local, stop: () => {} };
  return privateCluster();
}

/** The same server, another database. */
export function databaseUrl(admin: string, database: string): string {
  const u = new URL(admin);
  u.pathname = `/${database}`;
  return u.toString();
}
