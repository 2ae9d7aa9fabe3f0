import { z } from 'zod';
import {
  addApplication,
  changeStatus,
  listApplications,
  logReply,
  type StatusChange,
} from '../../services/applications/applications.js';
import { planChanges } from '../../services/applications/overview.js';
import { planJson, presentPlan } from '../../services/present/present-plan.js';
import { presentTimeline, timelineJson } from '../../services/present/present-timeline.js';
import { applicationJson, presentApplication } from '../../services/present/present.js';
import { applicationTimeline } from '../../services/applications/timeline.js';
import { route, type ApiRoute } from '../registry.js';
import { LIMITS, date, idParams, intText, opt, str } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const listQuery = z.object({
  status: opt(str(LIMITS.short)),
  q: opt(str(LIMITS.name)),
  limit: opt(intText(1, 500)),
  offset: opt(intText(0, 1_000_000)),
});

const newApplication = z.strictObject({
  company: str(LIMITS.name),
  role: str(LIMITS.name),
  url: opt(str(LIMITS.text)),
  source: opt(str(LIMITS.name)),
  location: opt(str(LIMITS.name)),
  applied: opt(date),
  status: opt(z.enum(['saved', 'applied', 'interviewing'])),
  notes: opt(str(LIMITS.notes)),
});

const statusBody = z.strictObject({
  status: str(LIMITS.short),
  reason: opt(str(LIMITS.text)),
});

const replyBody = z.strictObject({ note: opt(str(LIMITS.text)) });

/** An application after a change, with what the change did to its plan. */
const changedJson = z.object({ application: applicationJson, plan: planJson });

/** The pipeline: list and search, add, the timeline of one, status changes and replies. */
export function applicationRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  const changed = async (r: StatusChange) => {
    const z = await zone();
    return {
      application: presentApplication(r.application, z),
      plan: presentPlan(await planChanges(ctx, r.plan), z),
    };
  };
  return [
    route({
      method: 'get',
      path: '/api/applications',
      tag: 'applications',
      summary: 'Applications, most recently active first; filter by status, search company/role',
      query: listQuery,
      response: z.array(applicationJson),
      cache: 'data',
      handler: async ({ query }) => {
        const z = await zone();
        const apps = await listApplications(ctx, {
          status: query.status,
          q: query.q,
          limit: query.limit ?? 50,
          offset: query.offset ?? 0,
        });
        return apps.map((a) => presentApplication(a, z));
      },
    }),
    route({
      method: 'post',
      path: '/api/applications',
      tag: 'applications',
      summary: 'Add an application (applied today unless `applied` or `status: saved`)',
      body: newApplication,
      status: 201,
      response: applicationJson,
      handler: async ({ body }) =>
        presentApplication(await addApplication(ctx, body), await zone()),
    }),
    route({
      method: 'get',
      path: '/api/applications/:id',
      tag: 'applications',
      summary: 'One application with its events, interviews, actions, messages and contacts',
      params: idParams,
      response: timelineJson,
      cache: 'data',
      fields: { application_id: 'id' },
      handler: async ({ params }) =>
        presentTimeline(await applicationTimeline(ctx, params.id), await zone()),
    }),
    route({
      method: 'post',
      path: '/api/applications/:id/status',
      tag: 'applications',
      summary: 'Move an application along its status machine (re-plans)',
      params: idParams,
      body: statusBody,
      response: changedJson,
      fields: { application_id: 'id', note: 'reason' },
      handler: async ({ params, body }) =>
        changed(await changeStatus(ctx, params.id, body.status, body.reason)),
    }),
    route({
      method: 'post',
      path: '/api/applications/:id/reply',
      tag: 'applications',
      summary: 'The employer answered: pending follow-ups are cancelled',
      params: idParams,
      body: replyBody,
      response: changedJson,
      fields: { application_id: 'id' },
      handler: async ({ params, body }) => changed(await logReply(ctx, params.id, body.note)),
    }),
  ];
}
