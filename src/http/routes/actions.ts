import { z } from 'zod';
import {
  addAction,
  markDone,
  skipAction,
  snoozeAction,
  today,
} from '../../services/actions/actions.js';
import { queryActions, snoozeForDays } from '../../services/actions/action-query.js';
import { draftForAction } from '../../services/messages/drafts.js';
import { presentMessage } from '../../services/present/present-message.js';
import { presentAction } from '../../services/present/present.js';
import { Reply, route, type ApiRoute } from '../registry.js';
import { LIMITS, dateTime, idNumber, idParams, idText, intText, opt, str } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const listQuery = z.object({
  status: opt(z.enum(['pending', 'done', 'skipped', 'cancelled', 'all'])),
  application_id: opt(idText),
  from: opt(dateTime),
  to: opt(dateTime),
  limit: opt(intText(1, 1000)),
});

const newAction = z.strictObject({
  title: str(LIMITS.name),
  due: dateTime,
  application_id: opt(idNumber),
  kind: opt(str(LIMITS.short)),
  why: opt(str(LIMITS.text)),
});

const skipBody = z.strictObject({ reason: opt(str(LIMITS.item)) });

const snoozeBody = z
  .strictObject({
    until: opt(dateTime),
    days: opt(
      z
        .number({ error: 'must be a number' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(365, 'must be at most 365'),
    ),
  })
  .refine((b) => (b.until === undefined) !== (b.days === undefined), {
    message: 'give either until (a date-time) or days (a number), not both',
    path: ['until'],
  });

const draftBody = z.strictObject({
  channel: opt(str(LIMITS.short)),
  kind: opt(str(LIMITS.short)),
  template: opt(str(LIMITS.name)),
  to: opt(str(LIMITS.item)),
});

/** Today, the action lists, and the one-click decisions (done, skip, snooze), plus drafting. */
export function actionRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  const one = async (a: Parameters<typeof presentAction>[0]) => presentAction(a, await zone());
  return [
    route({
      method: 'get',
      path: '/api/today',
      tag: 'actions',
      summary: 'Due and overdue pending actions (everything due by the end of today)',
      cache: 'clock',
      handler: async () => {
        const z = await zone();
        return (await today(ctx)).map((a) => presentAction(a, z));
      },
    }),
    route({
      method: 'get',
      path: '/api/actions',
      tag: 'actions',
      summary: 'Actions by status, application and due window, by due time',
      query: listQuery,
      cache: 'clock',
      fields: { application: 'application_id' },
      handler: async ({ query }) => {
        const z = await zone();
        const list = await queryActions(ctx, {
          status: query.status,
          applicationId: query.application_id,
          from: query.from,
          to: query.to,
          limit: query.limit ?? 200,
        });
        return list.map((a) => presentAction(a, z));
      },
    }),
    route({
      method: 'post',
      path: '/api/actions',
      tag: 'actions',
      summary: 'Add an action of your own',
      body: newAction,
      status: 201,
      fields: { app: 'application_id' },
      handler: async ({ body }) =>
        one(
          await addAction(ctx, {
            title: body.title,
            due: body.due,
            app: body.application_id === undefined ? undefined : String(body.application_id),
            kind: body.kind,
            why: body.why,
          }),
        ),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/done',
      tag: 'actions',
      summary: 'Mark an action done (re-plans its application)',
      params: idParams,
      fields: { action: 'id' },
      handler: async ({ params }) => one(await markDone(ctx, params.id)),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/skip',
      tag: 'actions',
      summary: 'Skip an action, with an optional reason',
      params: idParams,
      body: skipBody,
      fields: { action: 'id' },
      handler: async ({ params, body }) => one(await skipAction(ctx, params.id, body.reason)),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/snooze',
      tag: 'actions',
      summary: 'Move an action to a later time: until a date-time, or by a number of days',
      params: idParams,
      body: snoozeBody,
      fields: { action: 'id' },
      handler: async ({ params, body }) =>
        one(
          body.days !== undefined
            ? await snoozeForDays(ctx, params.id, body.days)
            : await snoozeAction(ctx, params.id, body.until),
        ),
    }),
    route({
      method: 'post',
      path: '/api/actions/:id/draft',
      tag: 'messages',
      summary: 'Draft (or draft again) the message an action calls for, checked',
      params: idParams,
      body: draftBody,
      status: 201,
      fields: { action: 'id' },
      handler: async ({ params, body }) => {
        const r = await draftForAction(ctx, params.id, body);
        const json = { ...presentMessage(r.message, await zone()), created: r.created };
        return new Reply(json, r.created ? 201 : 200);
      },
    }),
  ];
}
