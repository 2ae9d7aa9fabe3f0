import { z } from 'zod';
import { getApplication } from '../../services/applications/applications.js';
import { planChanges } from '../../services/applications/overview.js';
import {
  previewInterview,
  type InterviewPreview,
} from '../../services/interviews/interview-preview.js';
import {
  getInterview,
  recordInterview,
  updateInterview,
  type InterviewResult,
} from '../../services/interviews/interviews.js';
import { listInterviews } from '../../services/interviews/list.js';
import {
  listInterviewsInput,
  recordInterviewInput,
  updateInterviewInput,
} from '../../services/interviews/schema.js';
import { planJson, presentPlan } from '../../services/present/present-plan.js';
import {
  applicationJson,
  interviewJson,
  presentApplication,
  presentInterview,
} from '../../services/present/present.js';
import { route, type ApiRoute } from '../registry.js';
import { at } from '../../services/present/present.js';
import { idParams } from '../schemas.js';
import type { RouteDeps } from './deps.js';
import { debriefRoutes } from './debrief.js';

/** Service field names → this API's. */
const FIELDS = { interview: 'id' } as const;

/** Log, schedule, preview and change interviews; their debrief and brief. */
export function interviewRoutes(deps: RouteDeps): ApiRoute[] {
  const { ctx, zone } = deps;
  const shown = async (p: InterviewPreview) => {
    const z = await zone();
    return { interview: presentInterview(p.interview, z), plan: presentPlan(p.plan, z) };
  };
  const result = async (r: InterviewResult) =>
    shown({ interview: r.interview, plan: await planChanges(ctx, r.plan) });
  const planned = z.object({ interview: interviewJson, plan: planJson });
  const mode = z.enum(['log', 'schedule']);
  return [
    route({
      method: 'get',
      path: '/api/interviews',
      tag: 'interviews',
      summary:
        'Interviews starting in a window (not cancelled), soonest first, with company and role',
      query: listInterviewsInput,
      cache: 'clock',
      handler: async ({ query }) => {
        const z = await zone();
        return (await listInterviews(ctx, query)).map((i) => ({
          id: i.id,
          application_id: i.applicationId,
          company: i.company,
          role: i.role,
          round: i.round,
          kind: i.kind,
          state: i.state,
          start: at(i.startAt, z),
          duration_min: i.durationMin,
          location: i.location,
          interviewers: i.interviewers.map((p) => p.name),
        }));
      },
    }),
    route({
      method: 'post',
      path: '/api/interviews/preview',
      tag: 'interviews',
      summary: 'The interview and plan that saving WOULD create; saves nothing (ids are not real)',
      body: recordInterviewInput,
      response: z.object({ ...planned.shape, mode, preview: z.literal(true) }),
      handler: async ({ body }) => {
        const p = await previewInterview(ctx, body);
        return { ...(await shown(p)), mode: p.mode, preview: true };
      },
    }),
    route({
      method: 'post',
      path: '/api/interviews',
      tag: 'interviews',
      summary: 'Log a held interview or schedule one, and plan what follows',
      body: recordInterviewInput,
      status: 201,
      response: z.object({ ...planned.shape, mode }),
      handler: async ({ body }) => {
        const r = await recordInterview(ctx, body);
        return { ...(await result(r)), mode: r.mode };
      },
    }),
    route({
      method: 'get',
      path: '/api/interviews/:id',
      tag: 'interviews',
      summary: 'One interview with its application',
      params: idParams,
      cache: 'data',
      response: z.object({ interview: interviewJson, application: applicationJson }),
      fields: FIELDS,
      handler: async ({ params }) => {
        const z = await zone();
        const interview = await getInterview(ctx, params.id);
        const application = await getApplication(ctx, interview.applicationId);
        return {
          interview: presentInterview(interview, z),
          application: presentApplication(application, z),
        };
      },
    }),
    route({
      method: 'patch',
      path: '/api/interviews/:id',
      tag: 'interviews',
      summary: 'Change an interview; its pending actions move with it',
      params: idParams,
      body: updateInterviewInput,
      response: planned,
      fields: FIELDS,
      handler: async ({ params, body }) => result(await updateInterview(ctx, params.id, body)),
    }),
    ...debriefRoutes(deps),
  ];
}
