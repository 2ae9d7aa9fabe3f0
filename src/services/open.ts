import { readlinkSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { invalidInput } from '../domain/errors.js';
import { useRuntimeZone } from '../domain/runtime-zone.js';
import { parseDateTime } from '../domain/time.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { Ctx } from './context.js';
import type { DeliveryEnv } from './outbox/delivery.js';
import { loadPolicy } from './settings/settings.js';

/** The data folder: AFTERVIEW_HOME, else $XDG_DATA_HOME/afterview, else ~/.local/share/afterview. */
export function resolveHome(env: NodeJS.ProcessEnv): string {
  if (env.AFTERVIEW_HOME !== undefined && env.AFTERVIEW_HOME !== '') return env.AFTERVIEW_HOME;
  if (env.XDG_DATA_HOME !== undefined && env.XDG_DATA_HOME !== '')
    return join(env.XDG_DATA_HOME, 'afterview');
  return join(homedir(), '.local', 'share', 'afterview');
}

/**
 * Delivery settings that live outside the database: the folder for .eml and .pdf files,
 * AFTERVIEW_SMTP_PASSWORD, which wins over the stored password, and
 * AFTERVIEW_SEND_LEASE_SECONDS, how long a claim for sending protects its message.
 */
export function deliveryEnv(env: NodeJS.ProcessEnv): DeliveryEnv {
  const password = env.AFTERVIEW_SMTP_PASSWORD;
  const lease = (env.AFTERVIEW_SEND_LEASE_SECONDS ?? '').trim();
  if (lease !== '' && !/^[1-9]\d{0,5}$/.test(lease)) {
    throw invalidInput(
      `AFTERVIEW_SEND_LEASE_SECONDS must be a whole number of seconds from 1 to 999999, got "${lease}"`,
      'AFTERVIEW_SEND_LEASE_SECONDS',
    );
  }
  return {
    outDir: join(resolveHome(env), 'outbox'),
    ...(password === undefined || password === '' ? {} : { smtpPassword: password }),
    ...(lease === '' ? {} : { leaseMs: Number(lease) * 1000 }),
  };
}

const ZONEINFO = '/usr/share/zoneinfo/';
const ZONE_NAME = /^[A-Za-z][\w+-]*(\/[\w+-]+)*$/;

/** The zone /etc/localtime links to (`…/zoneinfo/Europe/Paris`), as the runtime reads it. */
function hostZone(): string | undefined {
  try {
    const m = /zoneinfo\/(.+)$/.exec(readlinkSync('/etc/localtime'));
    return m?.[1];
  } catch {
    return undefined;
  }
}

/** Whether the system's zone database has the zone: then the runtime's `Date` works in it. */
function knownZone(name: string): boolean {
  // posix/ and right/ are copies for other uses that ICU, and so the runtime, does not know.
  if (!ZONE_NAME.test(name) || /^(posix|right)\//.test(name)) return false;
  try {
    return statSync(ZONEINFO + name).isFile();
  } catch {
    return false;
  }
}

/**
 * The system's zone: TZ if set, else the zone /etc/localtime names, else what the runtime
 * reports. The first two cost no `Intl` call (~30 ms on a cold process, see
 * domain/runtime-zone.ts).
 */
export function systemZone(env: NodeJS.ProcessEnv): string {
  if (env.TZ !== undefined && env.TZ !== '') return env.TZ;
  return hostZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Tells the domain which zone the runtime's `Date` works in, when that is certain: the system
 * zone as found above, known to the system's zone database. A TZ the runtime does not know
 * (it then works in UTC) keeps the checked path.
 */
function declareRuntimeZone(zone: string): void {
  useRuntimeZone(knownZone(zone) ? zone : undefined);
}

/** AFTERVIEW_READ_CACHE: `off` turns the server's read cache off (to measure, or by choice). */
export function readCacheEnv(env: NodeJS.ProcessEnv): boolean {
  const v = (env.AFTERVIEW_READ_CACHE ?? '').trim().toLowerCase();
  if (v === '' || v === 'on') return true;
  if (v === 'off') return false;
  throw invalidInput(
    `AFTERVIEW_READ_CACHE must be on or off, got "${env.AFTERVIEW_READ_CACHE ?? ''}"`,
    'AFTERVIEW_READ_CACHE',
  );
}

/** DATABASE_URL when set: the PostgreSQL database that replaces the data folder's file. */
export function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.DATABASE_URL?.trim();
  return url === undefined || url === '' ? undefined : url;
}

/**
 * The user's database: PostgreSQL when DATABASE_URL is set (loaded only then), else the SQLite
 * file in the data folder.
 */
export async function openDatabase(env: NodeJS.ProcessEnv): Promise<Store> {
  const url = databaseUrl(env);
  if (url !== undefined) {
    const { openPostgresStore } = await import('../store/postgres/open.js');
    return openPostgresStore(url);
  }
  return openStore(resolveHome(env), (m) => process.stderr.write(`afterview: ${m}\n`));
}

/**
 * Readies an open database for a process that runs all day beside the browser (`serve`): a
 * small SQLite page cache, so that the server stays within its memory budget.
 */
export async function keepDatabaseMemorySmall(ctx: Ctx): Promise<void> {
  await ctx.store.limitPageCache();
}

/**
 * Opens the user's database and builds the clock: AFTERVIEW_NOW (ISO-8601; without an offset it
 * is local time in the `timezone` setting) fixes it for scripts and tests.
 */
export async function openContext(env: NodeJS.ProcessEnv): Promise<Ctx> {
  const readCache = readCacheEnv(env);
  const store = await openDatabase(env);
  const zone = systemZone(env);
  declareRuntimeZone(zone);
  const fixed = env.AFTERVIEW_NOW;
  if (fixed === undefined || fixed === '') {
    return { store, systemZone: zone, readCache, now: () => new Date().toISOString() };
  }
  try {
    const policy = await loadPolicy(store, zone);
    const at = parseDateTime(fixed, policy.timezone, 'AFTERVIEW_NOW');
    return { store, systemZone: zone, readCache, now: () => at };
  } catch {
    await store.close();
    throw invalidInput(`AFTERVIEW_NOW "${fixed}" is not an ISO-8601 date-time`, 'AFTERVIEW_NOW');
  }
}
