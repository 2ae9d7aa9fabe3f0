import { z } from 'zod';
import { CHECKLIST_ITEMS } from '../../domain/debrief/types.js';
import { buildBrief } from '../../services/debriefs/brief.js';
import { getDebrief, saveDebrief, type DebriefFields } from '../../services/debriefs/debriefs.js';
import { planChanges } from '../../services/applications/overview.js';
import { presentBrief, presentDebrief } from '../../services/present/present-debrief.js';
import { presentPlan } from '../../services/present/present-plan.js';
import { presentAction } from '../../services/present/present.js';
import { presentSkill } from '../../services/present/present-skill.js';
import { briefJson, debriefJson } from '../../services/present/debrief-json.js';
import { planJson } from '../../services/present/present-plan.js';
import { J, actionJson } from '../../services/present/present.js';
import { skillJson } from '../../services/present/present-skill.js';
import { route, type ApiRoute } from '../registry.js';
import { LIMITS, idParams, opt, str, textList } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const rating = z.union([z.number().int(), str(LIMITS.short)]).describe('1 to 4');

/** The debrief form: the seven checklist answers, lists, and one row per question. */
const debriefBody = z.strictObject({
  checks: opt(
    z.partialRecord(
      z.enum(CHECKLIST_ITEMS),
      str(LIMITS.item + 100).describe('yes, partly or no, optionally with a note: "partly: …"'),
    ),
  ),
  overall: opt(rating),
  went_well: textList,
  improve: textList,
  issues: textList,
  owe: textList,
  gaps: textList,
  addressed: textList.describe('skills to build this interview shows addressed, by their words'),
  questions: opt(
    z
      .array(
        z.strictObject({
          text: str(LIMITS.item),
          answer: opt(str(5000)),
          rating: opt(rating),
          better_answer: opt(str(5000)),
        }),
      )
      .max(LIMITS.list, `at most ${LIMITS.list} questions`),
  ),
});

const toFields = (b: z.output<typeof debriefBody>): DebriefFields => {
  return {
    checks: b.checks,
    overall: b.overall === undefined ? undefined : String(b.overall),
    wentWell: b.went_well,
    improve: b.improve,
    issues: b.issues,
    owe: b.owe,
    gaps: b.gaps,
    addressed: b.addressed,
    questionRows: b.questions?.map((q) => ({
      text: q.text,
      answer: q.answer,
      rating: q.rating === undefined ? undefined : String(q.rating),
      betterAnswer: q.better_answer,
    })),
  };
};

/** The interview is this route's `id`. */
const FIELDS: Record<string, string> = { interview: 'id' };

/** The debrief of a held interview and the brief of an upcoming one. */
export function debriefRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/interviews/:id/debrief',
      tag: 'debrief',
      summary: 'The saved debrief of an interview (404 when there is none yet)',
      params: idParams,
      response: debriefJson,
      cache: 'data',
      fields: { interview: 'id' },
      handler: async ({ params }) => presentDebrief(await getDebrief(ctx, params.id), await zone()),
    }),
    route({
      method: 'put',
      path: '/api/interviews/:id/debrief',
      tag: 'debrief',
      summary:
        'Save the debrief: given fields replace the saved ones; completes the debrief action and re-plans',
      params: idParams,
      body: debriefBody,
      response: debriefJson.extend({
        created: z.boolean().describe('false when this save updated the debrief'),
        new_cards: z.array(J.id).describe('questions that got a review card with this save'),
        linked_questions: z.array(J.id).describe('questions also asked at another interview'),
        completed_action: actionJson.nullable(),
        addressed_skills: z.array(skillJson),
        plan: planJson,
      }),
      fields: FIELDS,
      handler: async ({ params, body }) => {
        const r = await saveDebrief(ctx, params.id, toFields(body));
        const z = await zone();
        return {
          ...presentDebrief(r.debrief, z),
          created: r.created,
          new_cards: r.newCards,
          linked_questions: r.linked,
          completed_action: r.completed === null ? null : presentAction(r.completed, z),
          addressed_skills: r.addressedSkills.map((s) => presentSkill(s, z)),
          plan: presentPlan(await planChanges(ctx, r.plan), z),
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/interviews/:id/brief',
      tag: 'debrief',
      summary: 'The pre-interview brief of a scheduled interview',
      params: idParams,
      response: briefJson,
      cache: 'clock',
      fields: { interview: 'id' },
      handler: async ({ params }) => presentBrief(await buildBrief(ctx, params.id), await zone()),
    }),
  ];
}
