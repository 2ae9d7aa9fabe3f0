import { pipelineCards } from '../../services/pipeline/pipeline.js';
import { pipelineInput } from '../../services/pipeline/schema.js';
import { z } from 'zod';
import { J, applicationJson, at, presentApplication } from '../../services/present/present.js';
import { route, type ApiRoute } from '../registry.js';
import type { RouteDeps } from './deps.js';

const cardJson = applicationJson.extend({
  next_action: z
    .object({ id: J.id, kind: z.string(), title: z.string(), due: J.instant.nullable() })
    .nullable()
    .describe('the earliest pending action'),
  last_activity: J.instant.nullable(),
  stale: z.boolean().describe('open, and no activity for 14 days'),
});

/** The pipeline board: applications with their next action, last activity and stale marker. */
export function pipelineRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/pipeline',
      tag: 'applications',
      summary:
        'The board: applications (most recently active first) with their next pending action, last activity and whether they are stale (no activity for 14 days)',
      query: pipelineInput,
      response: z.array(cardJson),
      cache: 'clock',
      handler: async ({ query }) => {
        const z = await zone();
        return (await pipelineCards(ctx, query)).map((c) => ({
          ...presentApplication(c.application, z),
          next_action:
            c.next === null
              ? null
              : { id: c.next.id, kind: c.next.kind, title: c.next.title, due: at(c.next.due, z) },
          last_activity: at(c.lastActivity, z),
          stale: c.stale,
        }));
      },
    }),
  ];
}
