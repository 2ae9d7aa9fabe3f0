import { z } from 'zod';
import { loadDemo } from '../../services/demo/demo.js';
import { route, type ApiRoute } from '../registry.js';
import type { RouteDeps } from './deps.js';

/** Health and the demo data set. */
export function metaRoutes({ ctx }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/health',
      tag: 'meta',
      summary:
        "The server is up, and its clock (AFTERVIEW_NOW when fixed), so the UI marks overdue by the server's time",
      response: z.object({
        ok: z.literal(true),
        now: z.string().describe('the server clock, UTC'),
      }),
      handler: () => Promise.resolve({ ok: true, now: ctx.now() }),
    }),
    route({
      method: 'post',
      path: '/api/demo',
      tag: 'meta',
      summary: 'Load the demo data set (409 when the database already has applications)',
      status: 201,
      response: z.object({ applications: z.number().int(), interviews: z.number().int() }),
      handler: () => loadDemo(ctx),
    }),
  ];
}
