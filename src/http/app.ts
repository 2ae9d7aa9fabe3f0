import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Ctx } from '../services/context.js';
import { serverLog, type Log } from '../services/server-log.js';
import type { QueueHealth } from '../services/outbox/delivery-queue.js';
import type { DeliveryEnv } from '../services/outbox/delivery.js';
import { userZone } from '../services/settings/settings.js';
import { accessLog } from './access-log.js';
import { errorResponse, onError } from './errors.js';
import type { SessionAuth } from './auth.js';
import { localGuard } from './guard.js';
import { openApiDocument } from './openapi.js';
import { mount, route, type ApiRoute } from './registry.js';
import { actionRoutes } from './routes/actions.js';
import { applicationRoutes } from './routes/applications.js';
import { calendarRoutes } from './routes/calendar.js';
import type { RouteDeps } from './routes/deps.js';
import { exportRoutes } from './routes/export.js';
import { interviewRoutes } from './routes/interviews.js';
import { messageRoutes } from './routes/messages.js';
import { metaRoutes } from './routes/meta.js';
import { IMPORT_PATH, networkRoutes } from './routes/network.js';
import { pipelineRoutes } from './routes/pipeline.js';
import { offerRoutes } from './routes/offers.js';
import { questionRoutes } from './routes/questions.js';
import { settingRoutes } from './routes/settings.js';
import { skillRoutes } from './routes/skills.js';
import { defaultWebRoot, mountWeb, securityHeaders } from './web.js';

export interface AppOptions {
  /**
   * Who may use /api: the session of `afterview serve`'s printed link, or 'off' (`--no-auth`,
   * and tests whose subject is not auth). Required, so no caller leaves the API open by omission.
   */
  auth: SessionAuth | 'off';
  /** `.eml`/PDF output folder and the SMTP password from the environment. */
  delivery?: DeliveryEnv;
  /** The built web UI (default: dist/web/ of this package). */
  webRoot?: string;
  /** The server's log: failures of requests, and one line per request at `debug`. */
  log?: Log;
  /** What the delivery queue reports, for `GET /api/health`. */
  queueHealth?: () => Promise<QueueHealth>;
}

/** Request bodies above this are refused (413) before they are read into memory. */
const MAX_BODY = 1024 * 1024;
/** The LinkedIn import's body: 10 MB of file, base64-encoded, in JSON. */
const MAX_IMPORT_BODY = 14 * 1024 * 1024;

/**
 * The HTTP edge: validate → service → present. Every API route comes from a route module
 * (src/http/routes/*.ts) and is declared once in the registry, which validates it and documents
 * it at /api/openapi.json. The contract the web UI codes against: src/http/ROUTES.md.
 */
export function createApp(ctx: Ctx, allowedHosts: readonly string[], opts: AppOptions): Hono {
  const app = new Hono();
  const log = opts.log ?? serverLog(process.env);
  if (opts.log?.enabled('debug') === true) app.use('*', accessLog(opts.log));
  app.use('*', securityHeaders);
  app.use('*', localGuard(allowedHosts));
  if (opts.auth !== 'off') app.use('*', opts.auth.middleware);
  const limit = bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) =>
      errorResponse(c, 413, 'payload_too_large', `request bodies are limited to ${MAX_BODY} bytes`),
  });
  // Only where a body is read: the check touches the request body, and merely asking for it
  // makes the Node adapter build a full Fetch Request, a real cost on every hot GET.
  // A LinkedIn export (base64) is a few MB: its own bound, checked again by the import.
  const importLimit = bodyLimit({
    maxSize: MAX_IMPORT_BODY,
    onError: (c) =>
      errorResponse(c, 413, 'payload_too_large', 'a LinkedIn connections export is at most 10 MB'),
  });
  const limitBodies: MiddlewareHandler = (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.path === IMPORT_PATH
        ? importLimit(c, next)
        : limit(c, next);
  app.use('/api/*', limitBodies);
  app.onError((e, c) => onError(e, c, log));
  app.notFound((c) => errorResponse(c, 404, 'not_found', 'no such route'));

  const deps: RouteDeps = {
    ctx,
    zone: () => userZone(ctx),
    delivery: opts.delivery ?? {},
    queueHealth: opts.queueHealth,
  };
  const routes: ApiRoute[] = [
    ...metaRoutes(deps),
    ...actionRoutes(deps),
    ...applicationRoutes(deps),
    ...pipelineRoutes(deps),
    ...interviewRoutes(deps),
    ...messageRoutes(deps),
    ...offerRoutes(deps),
    ...networkRoutes(deps),
    ...questionRoutes(deps),
    ...settingRoutes(deps),
    ...skillRoutes(deps),
  ];
  // The routes never change while the server runs: generate the document once, on first use.
  // Generating it converts every schema to JSON Schema (tens of ms, megabytes of garbage).
  let document: ReturnType<typeof openApiDocument> | undefined;
  const doc: ApiRoute = route({
    method: 'get',
    path: '/api/openapi.json',
    tag: 'meta',
    summary: 'This document: OpenAPI 3.1, generated from the validation schemas',
    handler: () => Promise.resolve((document ??= openApiDocument([...routes, doc], '1'))),
  });
  mount(app, ctx, [...routes, doc], deps.zone);
  // Other route modules mount here (e.g. the calendar feed: app.route('/api/calendar', …)).
  app.route('/', calendarRoutes(ctx));
  app.route('/', exportRoutes(ctx));

  mountWeb(app, opts.webRoot ?? defaultWebRoot());
  return app;
}
