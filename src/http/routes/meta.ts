import { z } from 'zod';
import { loadDemo } from '../../services/demo/demo.js';
import { health } from '../../services/health/health.js';
import { Reply, route, type ApiRoute } from '../registry.js';
import type { RouteDeps } from './deps.js';

const QueueHealthSchema = z.object({
  kind: z.enum(['in-process', 'graphile-worker']),
  ok: z.boolean().describe('started, and (for a job queue) its own tables answer'),
  due: z.number().int().describe('scheduled messages already due, not yet taken'),
  waiting: z.number().int().describe('scheduled messages due later'),
  held: z.number().int().describe("messages whose send's outcome is unknown, held for the user"),
  lastRunAt: z.string().nullable().describe('when this instance last looked at the outbox'),
});

const HealthSchema = z.object({
  ok: z.boolean().describe('the database answers and the delivery queue (when there is one) runs'),
  now: z.string().describe('the server clock, UTC'),
  database: z.object({
    dialect: z.enum(['sqlite', 'postgresql']),
    ok: z.boolean(),
    latencyMs: z.number().describe('the round trip of one trivial query'),
    schemaVersion: z.number().int().describe('the newest migration applied (0 when down)'),
  }),
  queue: QueueHealthSchema.nullable().describe(
    'the delivery queue of this process; null when it runs none (or its state could not be read)',
  ),
});

/** Health and the demo data set. */
export function metaRoutes({ ctx, queueHealth }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/health',
      tag: 'meta',
      summary:
        "The server, its database and its delivery queue, and its clock (AFTERVIEW_NOW when fixed), so the UI marks overdue by the server's time",
      response: HealthSchema,
      unavailable: 'the database does not answer, or the delivery queue does not run',
      handler: async () => {
        const h = await health(ctx, queueHealth);
        return new Reply(h, h.ok ? 200 : 503);
      },
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
