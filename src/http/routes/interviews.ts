import { z } from 'zod';
import { getApplication } from '../../services/applications/applications.js';
import {
  modeForStart,
  previewInterview,
  type InterviewPreview,
} from '../../services/interviews/interview-preview.js';
import {
  getInterview,
  recordInterview,
  updateInterview,
  type InterviewFields,
  type InterviewResult,
} from '../../services/interviews/interviews.js';
import { planChanges } from '../../services/applications/overview.js';
import { presentPlan } from '../../services/present/present-plan.js';
import { presentApplication, presentInterview } from '../../services/present/present.js';
import { route, type ApiRoute } from '../registry.js';
import { LIMITS, date, dateTime, idNumber, idParams, opt, str, textList } from '../schemas.js';
import type { RouteDeps } from './deps.js';
import { debriefRoutes } from './debrief.js';

/** `"Name <email>"` as the CLI takes it, or the same as an object. */
const person = z.union([
  str(LIMITS.item),
  z.strictObject({ name: str(LIMITS.name), email: opt(str(254)) }),
]);

/** The fields of `interview log` / `interview schedule`, in snake_case. */
const fieldShape = {
  at: dateTime,
  duration: opt(
    z.union([
      str(LIMITS.short).describe('45m, 1h, 1h30m'),
      z.number().int().min(1).max(1440).describe('minutes'),
    ]),
  ),
  kind: opt(str(LIMITS.short)),
  location: opt(str(LIMITS.item)),
  time_zone: opt(str(64)),
  interviewers: opt(z.array(person).max(20, 'at most 20 interviewers')),
  topics: textList,
  next_steps: opt(str(LIMITS.text)),
  decision_by: opt(date),
  follow_up_on: opt(date),
  late: opt(z.boolean({ error: 'must be true or false' })),
  owe: textList,
  gaps: textList,
  notes: opt(str(LIMITS.notes)),
};

const createBody = z.strictObject({
  application_id: idNumber,
  mode: opt(z.enum(['log', 'schedule'])),
  ...fieldShape,
});

const patchBody = z.strictObject({
  ...fieldShape,
  at: opt(dateTime),
  outcome: opt(str(LIMITS.short)),
  cancel: opt(z.boolean({ error: 'must be true or false' })),
});

type Fields = Partial<z.output<typeof patchBody>>;

const personText = (p: z.output<typeof person>): string =>
  typeof p === 'string' ? p : p.email === undefined ? p.name : `${p.name} <${p.email}>`;

/** JSON fields → the service's input, which takes what the CLI flags take. */
const toFields = (b: Fields): InterviewFields => ({
  at: b.at,
  duration: b.duration === undefined ? undefined : String(b.duration),
  kind: b.kind,
  location: b.location,
  timeZone: b.time_zone,
  interviewers: b.interviewers?.map(personText),
  topics: b.topics,
  nextSteps: b.next_steps,
  decisionBy: b.decision_by,
  followUpOn: b.follow_up_on,
  late: b.late,
  owe: b.owe,
  gaps: b.gaps,
  outcome: b.outcome,
  notes: b.notes,
  cancel: b.cancel,
});

/** Service field names → this API's. */
const FIELDS = {
  app: 'application_id',
  topic: 'topics',
  gap: 'gaps',
  interviewer: 'interviewers',
} as const;

/** Log, schedule, preview and change interviews; their debrief and brief. */
export function interviewRoutes(deps: RouteDeps): ApiRoute[] {
  const { ctx, zone } = deps;
  const shown = async (p: InterviewPreview) => {
    const z = await zone();
    return { interview: presentInterview(p.interview, z), plan: presentPlan(p.plan, z) };
  };
  const result = async (r: InterviewResult) =>
    shown({ interview: r.interview, plan: await planChanges(ctx, r.plan) });
  return [
    route({
      method: 'post',
      path: '/api/interviews/preview',
      tag: 'interviews',
      summary: 'The interview and plan that saving WOULD create; saves nothing (ids are not real)',
      body: createBody,
      fields: FIELDS,
      handler: async ({ body }) => {
        const mode = body.mode ?? (await modeForStart(ctx, body.at));
        const p = await previewInterview(ctx, body.application_id, toFields(body), mode);
        return { ...(await shown(p)), mode, preview: true };
      },
    }),
    route({
      method: 'post',
      path: '/api/interviews',
      tag: 'interviews',
      summary: 'Log a held interview or schedule one, and plan what follows',
      body: createBody,
      status: 201,
      fields: FIELDS,
      handler: async ({ body }) => {
        const mode = body.mode ?? (await modeForStart(ctx, body.at));
        const r = await recordInterview(ctx, body.application_id, toFields(body), mode);
        return { ...(await result(r)), mode };
      },
    }),
    route({
      method: 'get',
      path: '/api/interviews/:id',
      tag: 'interviews',
      summary: 'One interview with its application',
      params: idParams,
      cache: 'data',
      fields: { interview: 'id' },
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
      body: patchBody,
      fields: { ...FIELDS, interview: 'id' },
      handler: async ({ params, body }) =>
        result(await updateInterview(ctx, params.id, toFields(body))),
    }),
    ...debriefRoutes(deps),
  ];
}
