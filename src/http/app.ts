import { Hono } from 'hono';
import { isAfterviewError, type ErrorCode } from '../domain/errors.js';
import { today } from '../services/actions.js';
import { listApplications } from '../services/applications.js';
import type { Ctx } from '../services/context.js';
import { presentAction, presentApplication } from '../services/present.js';
import { loadSettings } from '../services/settings.js';
import { localGuard } from './guard.js';
import { placeholderPage } from './page.js';

const STATUS: Record<ErrorCode, 400 | 404 | 409> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  too_soon: 409,
};

/** The HTTP edge: validate → service → present. The web app (its own issue) talks to /api only. */
export function createApp(ctx: Ctx, allowedHosts: readonly string[]): Hono {
  const app = new Hono();
  app.use('*', localGuard(allowedHosts));
  app.onError((e, c) => {
    if (isAfterviewError(e)) {
      return c.json(
        { error: { code: e.code, message: e.message, field: e.field ?? null } },
        STATUS[e.code],
      );
    }
    return c.json({ error: { code: 'internal', message: 'unexpected failure', field: null } }, 500);
  });
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: 'no such route', field: null } }, 404),
  );

  const zone = async () => (await loadSettings(ctx.store, ctx.systemZone)).timezone;

  app.get('/', (c) => c.html(placeholderPage()));
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/today', async (c) => {
    const z = await zone();
    return c.json((await today(ctx)).map((a) => presentAction(a, z)));
  });
  app.get('/api/applications', async (c) => {
    const z = await zone();
    const limit = Math.min(Number(c.req.query('limit') ?? 50) || 50, 500);
    const apps = await listApplications(ctx, { status: c.req.query('status'), limit });
    return c.json(apps.map((a) => presentApplication(a, z)));
  });
  return app;
}
