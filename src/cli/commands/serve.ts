import { serve as listen } from '@hono/node-server';
import { join } from 'node:path';
import { invalidInput } from '../../domain/errors.js';
import { createApp } from '../../http/app.js';
import { hostsFor } from '../../http/guard.js';
import { resolveHome } from '../../services/open.js';
import { str } from '../format.js';
import type { Invocation, Output } from '../spec.js';

/** Runs the web app until interrupted; the database stays open for the server's lifetime. */
export async function serve({ ctx, values }: Invocation): Promise<Output> {
  const portText = str(values.port) ?? '4747';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw invalidInput(`--port must be a number from 1 to 65535, got "${portText}"`, 'port');
  }
  const host = str(values.host) ?? '127.0.0.1';
  const password = process.env.AFTERVIEW_SMTP_PASSWORD;
  const app = createApp(ctx, hostsFor(host, port), {
    // Delivery settings that live outside the database, as `afterview send` uses them.
    delivery: {
      outDir: join(resolveHome(process.env), 'outbox'),
      ...(password === undefined || password === '' ? {} : { smtpPassword: password }),
    },
  });
  await new Promise<void>((resolve, reject) => {
    const server = listen({ fetch: app.fetch, port, hostname: host }, (info) => {
      process.stdout.write(
        `Afterview is running at http://${host.includes(':') ? `[${host}]` : host}:${info.port}/\n`,
      );
    });
    server.on('error', (e: Error) => {
      reject(invalidInput(`cannot listen on ${host}:${port}: ${e.message}`, 'port'));
    });
    const stop = () => {
      server.close(() => {
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return { text: '', json: null };
}
