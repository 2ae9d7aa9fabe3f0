import {
  presentQuestion,
  presentReview,
  presentTrends,
} from '../../services/present/present-debrief.js';
import { dueQuestions, listQuestions, reviewQuestion } from '../../services/debriefs/questions.js';
import { debriefTrends } from '../../services/debriefs/trends.js';
import { questionListInput, reviewInput } from '../../services/debriefs/schema.js';
import { z } from 'zod';
import { questionJson, reviewedJson, trendsJson } from '../../services/present/debrief-json.js';
import { route, type ApiRoute } from '../registry.js';
import { boolText, idParams, opt } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const listQuery = questionListInput.extend({ due: opt(boolText) });

/** The question bank with its spaced-repetition reviews, and the debrief trends. */
export function questionRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/questions',
      tag: 'questions',
      summary: 'The question bank, or with due=true the review cards due now, most overdue first',
      query: listQuery,
      response: z.array(questionJson),
      cache: 'clock',
      handler: async ({ query }) => {
        const z = await zone();
        const opts = { limit: query.limit };
        const qs =
          query.due === true ? await dueQuestions(ctx, opts) : await listQuestions(ctx, opts);
        return qs.map((q) => presentQuestion(q, z));
      },
    }),
    route({
      method: 'post',
      path: '/api/questions/:id/review',
      tag: 'questions',
      summary: 'Record one review of a card; FSRS schedules the next',
      params: idParams,
      body: reviewInput,
      response: reviewedJson,
      fields: { question: 'id' },
      handler: async ({ params, body }) => {
        const r = await reviewQuestion(ctx, params.id, body.rating);
        const z = await zone();
        return {
          ...presentQuestion(r.question, z),
          review: presentReview(r.entry, z),
          review_log: r.reviews.map((x) => presentReview(x, z)),
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/trends',
      tag: 'questions',
      summary: 'Checklist score and average answer rating per debriefed interview',
      cache: 'data',
      response: trendsJson,
      handler: async () => presentTrends(await debriefTrends(ctx), await zone()),
    }),
  ];
}
