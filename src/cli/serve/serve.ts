import { serve as listen } from '@hono/node-server';
import { invalidInput } from '../../domain/errors.js';
import { createApp } from '../../http/app.js';
import { sessionAuth, type SessionAuth } from '../../http/auth.js';
import { hostsFor } from '../../http/guard.js';
import { listApplications } from '../../services/applications/applications.js';
import { warmFeed } from '../../services/calendar/calendar.js';
import type { DeliveryQueue } from '../../services/outbox/delivery-queue.js';
import type { DeliveryEnv } from '../../services/outbox/delivery.js';
import { Dispatcher } from '../../services/outbox/dispatch.js';
import { dailyBackup } from '../../services/backup/backup.js';
import { recordRunningServer } from '../../services/running-server.js';
import {
  databaseUrl,
  deliveryEnv,
  keepDatabaseMemorySmall,
  resolveHome,
} from '../../services/open.js';
import { loadPolicy } from '../../services/settings/settings.js';
import { loadOrCreateSecret } from '../../services/session/secret.js';
import { logDelivery, serverLog, type Log } from '../../services/server-log.js';
import { localDateOf } from '../../domain/time.js';
import { getSetting } from '../../services/settings/settings.js';
import type { Ctx } from '../../services/context.js';
import { str } from '../format.js';
import type { Invocation, Output } from '../spec.js';
import { keepHeapNearLiveData } from './heap.js';

/** Runs the web app until interrupted; the database stays open for the server's lifetime. */
export async function serve({ ctx, values }: Invocation): Promise<Output> {
  const portText = str(values.port) ?? '4747';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw invalidInput(`--port must be a number from 1 to 65535, got "${portText}"`, 'port');
  }
  const host = str(values.host) ?? '127.0.0.1';
  keepHeapNearLiveData();
  await keepDatabaseMemorySmall(ctx);
  // Events go to stderr as JSON lines; stdout keeps the lines a person reads (the link, first steps).
  const log = serverLog(process.env);
  const delivery = deliveryEnv(process.env);
  // Due scheduled messages and the daily digest (PRODUCT.md §10) go out while the server runs.
  const appUrl = `http://${host.includes(':') ? `[${host}]` : host}:${String(port)}`;
  const noAuth = values['no-auth'] === true;
  const session: SessionAuth | null = noAuth
    ? null
    : sessionAuth({
        secret: loadOrCreateSecret(resolveHome(process.env)),
        port,
        // The printed link works once: the terminal always shows one that still works.
        onTokenUsed: () => {
          process.stdout.write(`For another browser, open ${tokenLink()}\n`);
        },
      });
  const tokenLink = (): string =>
    session === null ? `${appUrl}/` : `${appUrl}/?token=${session.issueToken()}`;
  if (noAuth) {
    log.warn(
      'serve.no_auth',
      {},
      `warning: --no-auth: any program or user on this computer can read your data and send e-mail as you through ${appUrl}/api`,
    );
  }
  const link = tokenLink();
  const queue = await deliveryQueue(ctx, delivery, appUrl, log);
  const app = createApp(ctx, hostsFor(host, port), {
    delivery,
    auth: session ?? 'off',
    log,
    queueHealth: () => queue.health(),
  });
  await new Promise<void>((resolve, reject) => {
    const home = resolveHome(process.env);
    let unmark = (): void => {};
    let backups: NodeJS.Timeout | undefined;
    const server = listen({ fetch: app.fetch, port, hostname: host }, () => {
      // `restore` refuses while this runs, and `calendar token` gives its address; the daily
      // backup runs now and then every hour.
      unmark = recordRunningServer(home, appUrl);
      const daily = () => {
        keepDailyBackup(ctx, home).catch((e: unknown) => {
          log.error('backup', { outcome: 'failed' }, `daily backup failed: ${String(e)}`);
        });
      };
      // On PostgreSQL the data is not in the data folder: backups are the server's (pg_dump).
      if (databaseUrl(process.env) === undefined) {
        daily();
        backups = setInterval(daily, 60 * 60 * 1000);
        backups.unref();
      }
      // The port is fixed (1-65535, never 0), so the address listened on is appUrl.
      log.info('serve.start', { host, port, dialect: ctx.store.dialect, auth: !noAuth });
      process.stdout.write(`Afterview is running at ${link}\n`);
      firstSteps(ctx).then(
        (lines) => {
          if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
        },
        () => undefined,
      );
      queue.start().catch((e: unknown) => {
        log.error('delivery', { outcome: 'failed' }, `delivery not started: ${String(e)}`);
      });
      warmFeed(ctx, appUrl).catch((e: unknown) => {
        log.warn(
          'calendar.feed',
          { outcome: 'failed' },
          `calendar feed not prepared: ${String(e)}`,
        );
      });
    });
    server.on('error', (e: Error) => {
      reject(invalidInput(`cannot listen on ${host}:${port}: ${e.message}`, 'port'));
    });
    const stop = () => {
      clearInterval(backups);
      unmark();
      // Delivery finishes the sends in progress first: the database closes after them.
      void queue.stop().finally(() => {
        server.close(() => {
          resolve();
        });
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return { text: '', json: null };
}

/**
 * Who delivers scheduled messages and the digest while the server runs: on SQLite a timer loop
 * in this process; on PostgreSQL a job queue on the same database (loaded only then), which
 * every instance on that database shares.
 */
async function deliveryQueue(
  ctx: Ctx,
  delivery: DeliveryEnv,
  appUrl: string,
  log: Log,
): Promise<DeliveryQueue> {
  const url = databaseUrl(process.env);
  const say = (line: string): void => {
    if (line.startsWith('job queue')) log.warn('queue', {}, line);
    else logDelivery(log, line);
  };
  if (ctx.store.dialect === 'sqlite' || url === undefined) {
    return new Dispatcher(ctx, { ...delivery, appUrl, log: say });
  }
  const { JobQueue } = await import('../../services/outbox/job-queue.js');
  return new JobQueue(ctx, { ...delivery, appUrl, url, log: say });
}

/** Today's backup unless `backup.daily` is off (docs/data.md). */
async function keepDailyBackup(ctx: Ctx, home: string): Promise<void> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  if (!policy.backupDaily) return;
  await dailyBackup(home, localDateOf(ctx.now(), policy.timezone));
}

/**
 * What a new home should do first, printed under the address: a newcomer sees where to start
 * rather than a word about features they never set up (the daily digest says nothing until mail
 * is, see the dispatcher).
 */
export async function firstSteps(ctx: Ctx): Promise<string[]> {
  const lines: string[] = [];
  if ((await listApplications(ctx, { limit: 1 })).length === 0) {
    lines.push(
      'First: open the link above and add your first application (or try it with demo data: afterview demo).',
    );
  }
  if ((await getSetting(ctx, 'name')).value === '') {
    lines.push(
      'Then: set your name for your notes, in Settings or with afterview settings set name "Your Name".',
    );
  }
  return lines;
}
