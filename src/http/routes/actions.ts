import { z } from 'zod';
import { mapInPlace } from '../../domain/arrays.js';
import { listActions } from '../../services/actions/action-query.js';
import {
  addAction,
  markDone,
  skipAction,
  snoozeAction,
  today,
} from '../../services/actions/actions.js';
import {
  actionQueryInput,
  addActionInput,
  skipActionInput,
  snoozeActionInput,
} from '../../services/actions/schema.js';
import { draftForAction } from '../../services/messages/drafts.js';
import { messageJson, presentMessage } from '../../services/present/present-message.js';
import { actionJson, presentAction } from '../../services/present/present.js';
import { Reply, route, type ApiRoute } from '../registry.js';
import { LIMITS, idParams, opt, str } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const draftBody = z.strictObject({
  channel: opt(str(LIMITS.short)),
  kind: opt(str(LIMITS.short)),
  template: opt(str(LIMITS.name)),
  to: opt(str(LIMITS.item)),
});

/** Today, the action lists, and the one-click decisions (done, skip, snooze), plus drafting. */
export function actionRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  const one = async (a: Parameters<typeof presentAction>[0]) => presentAction(a, await zone());
  const actions = z.array(actionJson);
  return [
    route({
      method: 'get',
      path: '/api/today',
      tag: 'actions',
      summary: 'Due and overdue pending actions (everything due by the end of today)',
      cache: 'clock',
      response: actions,
      handler: async () => {
        const z = await zone();
        return mapInPlace(await today(ctx), (a) => presentAction(a, z));
      },
    }),
    route({
      method: 'get',
      path: '/api/actions',
      tag: 'actions',
      summary: 'Actions by status, application and due window, by due time',
      query: actionQueryInput,
      cache: 'clock',
      response: actions,
      handler: async ({ query }) => {
        const z = await zone();
        const list = await listActions(ctx, { ...query, limit: query.limit ?? 200 });
        return mapInPlace(list, (a) => presentAction(a, z));
      },
    }),
    route({
      method: 'post',
      path: '/api/actions',
      tag: 'actions',
      summary: 'Add an action of your own',
      body: addActionInput,
      status: 201,
      response: actionJson,
      handler: async ({ body }) => one(await addAction(ctx, body)),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/done',
      tag: 'actions',
      summary: 'Mark an action done (re-plans its application)',
      params: idParams,
      response: actionJson,
      fields: { action: 'id' },
      handler: async ({ params }) => one(await markDone(ctx, params.id)),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/skip',
      tag: 'actions',
      summary: 'Skip an action, with an optional reason',
      params: idParams,
      body: skipActionInput,
      response: actionJson,
      fields: { action: 'id' },
      handler: async ({ params, body }) => one(await skipAction(ctx, params.id, body)),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/snooze',
      tag: 'actions',
      summary: 'Move an action to a later time: until a date-time, or by a number of days',
      params: idParams,
      body: snoozeActionInput,
      response: actionJson,
      fields: { action: 'id' },
      handler: async ({ params, body }) => one(await snoozeAction(ctx, params.id, body)),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/draft',
      tag: 'messages',
      summary: 'Draft (or draft again) the message an action calls for, checked',
      params: idParams,
      body: draftBody,
      status: 201,
      response: messageJson.extend({
        created: z.boolean().describe('false when the action already had this draft (200)'),
      }),
      fields: { action: 'id' },
      handler: async ({ params, body }) => {
        const r = await draftForAction(ctx, params.id, body);
        const json = { ...presentMessage(r.message, await zone()), created: r.created };
        return new Reply(json, r.created ? 201 : 200);
      },
    }),
  ];
}
