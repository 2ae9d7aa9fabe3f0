import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import { invalidInput } from '../../domain/errors.js';
import type { DB } from '../schema.js';
import { storeTypes } from './types.js';

/**
 * `DATABASE_URL` as the user wrote it, checked before anything connects; the password never
 * appears in a message.
 */
export function parseDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidInput('DATABASE_URL is not a URL (postgres://user:password@host/database)');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw invalidInput(
      `DATABASE_URL must start with postgres:// (got ${parsed.protocol.replace(/:$/, '')}://)`,
    );
  }
  if (parsed.pathname.replace(/^\//, '') === '') {
    throw invalidInput('DATABASE_URL names no database (postgres://user@host/database)');
  }
  return parsed;
}

/** host:port/database, for messages. */
export function describeUrl(url: URL): string {
  return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
}

/** The server's answer to a failed connection, in one line the user can act on. */
export function connectionError(url: URL, e: unknown): Error {
  const code = (e as { code?: unknown }).code;
  const where = describeUrl(url);
  const user = decodeURIComponent(url.username) || 'the default user';
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return invalidInput(`cannot reach the PostgreSQL server at ${where} (${code})`);
    case '28P01':
    case '28000':
      return invalidInput(`PostgreSQL refused the login of ${user} at ${where}`);
    case '3D000':
      return invalidInput(`the database ${where} does not exist`);
    default:
      return invalidInput(
        `cannot open the PostgreSQL database ${where}: ${e instanceof Error ? e.message : String(e)}`,
      );
  }
}

export interface PostgresHandle {
  db: Kysely<DB>;
  pool: pg.Pool;
}

/**
 * A pool with the store's type conversions (types.ts). The session runs in UTC so instants come
 * back in one form.
 */
export function storePool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types: storeTypes,
    max,
    options: '-c TimeZone=UTC -c DateStyle=ISO',
    connectionTimeoutMillis: 10_000,
  });
  // An idle client that loses its server emits here; without a listener that kills the process.
  pool.on('error', () => {});
  return pool;
}

/** Kysely on a pool, or on a pool made when the first query runs. */
export function storeKysely(pool: PostgresPool | (() => Promise<PostgresPool>)): Kysely<DB> {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * A pool on the database, Kysely over it, and one round trip to prove the URL works (a wrong
 * password fails here, not on the first request).
 */
export async function connectPostgres(url: string, max = 10): Promise<PostgresHandle> {
  const parsed = parseDatabaseUrl(url);
  const pool = storePool(url, max);
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end().catch(() => {});
    throw connectionError(parsed, e);
  }
  return { db: storeKysely(pool), pool };
}
