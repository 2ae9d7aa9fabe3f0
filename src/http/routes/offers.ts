import { z } from 'zod';
import {
  acceptOffer,
  declineOffer,
  draftNegotiation,
  type Decision,
} from '../../services/offers/decide.js';
import {
  addRequirement,
  editRequirement,
  listRequirements,
  removeRequirement,
} from '../../services/offers/musts.js';
import {
  addOffer,
  counterOffer,
  editOffer,
  listRates,
  setRate,
} from '../../services/offers/offers.js';
import {
  presentComparison,
  presentOffer,
  presentRate,
  presentRequirement,
  presentSalary,
} from '../../services/offers/present.js';
import {
  offerAddFields,
  offerCounterFields,
  offerEditFields,
  rateInput,
  requirementEditFields,
  requirementInput,
} from '../../services/offers/schema.js';
import { compare, getOffer } from '../../services/offers/view.js';
import { presentMessage } from '../../services/present/present-message.js';
import {
  addSalaryPoint,
  getSalary,
  importSalary,
  setSalaryTarget,
} from '../../services/salary/salary.js';
import {
  salaryImportFields,
  salaryPointFields,
  salaryTargetFields,
} from '../../services/salary/schema.js';
import { route, type ApiRoute } from '../registry.js';
import { boolText, idParams, opt, str } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const negotiateBody = z.strictObject({
  about: opt(str(40)),
  channel: opt(str(40)),
});

/** Salary research, the must-have list, offers, rates and the comparison (PRODUCT.md §9). */
export function offerRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  const offer = async (id: number) => presentOffer(await getOffer(ctx, id), await zone());
  const decided = async (d: Decision) => {
    const z = await zone();
    return {
      application_id: d.application.id,
      status: d.application.status,
      draft: d.draft === null ? null : presentMessage(d.draft.message, z),
      withdrawals: d.withdrawals.map((w) => presentMessage(w.message, z)),
    };
  };
  const salary = { application_id: 'id' } as const;
  return [
    route({
      method: 'get',
      path: '/api/applications/:id/salary',
      tag: 'salary',
      summary: 'The salary research an application uses, normalised to yearly, with percentiles',
      params: idParams,
      fields: salary,
      handler: async ({ params }) => presentSalary(await getSalary(ctx, params.id), await zone()),
    }),
    route({
      method: 'post',
      path: '/api/applications/:id/salary',
      tag: 'salary',
      summary: 'Add a data point (completes the salary_research action)',
      params: idParams,
      body: z.strictObject(salaryPointFields),
      status: 201,
      fields: salary,
      handler: async ({ params, body }) =>
        presentSalary(
          await addSalaryPoint(ctx, { ...body, application_id: params.id }),
          await zone(),
        ),
    }),
    route({
      method: 'post',
      path: '/api/applications/:id/salary/import',
      tag: 'salary',
      summary: 'Import data points from CSV text (source,low,median,high,currency,period,date)',
      params: idParams,
      body: z.strictObject(salaryImportFields),
      status: 201,
      fields: salary,
      handler: async ({ params, body }) =>
        presentSalary(
          await importSalary(ctx, { ...body, application_id: params.id }),
          await zone(),
        ),
    }),
    route({
      method: 'put',
      path: '/api/applications/:id/salary/target',
      tag: 'salary',
      summary: 'Set the target and the walk-away point, with a note',
      params: idParams,
      body: z.strictObject(salaryTargetFields),
      fields: salary,
      handler: async ({ params, body }) =>
        presentSalary(
          await setSalaryTarget(ctx, { ...body, application_id: params.id }),
          await zone(),
        ),
    }),
    route({
      method: 'get',
      path: '/api/musts',
      tag: 'offers',
      summary: 'The must-have list',
      handler: async () => (await listRequirements(ctx)).map(presentRequirement),
    }),
    route({
      method: 'post',
      path: '/api/musts',
      tag: 'offers',
      summary: 'Add a criterion to the must-have list',
      body: requirementInput,
      status: 201,
      handler: async ({ body }) => presentRequirement(await addRequirement(ctx, body)),
    }),
    route({
      method: 'patch',
      path: '/api/musts/:id',
      tag: 'offers',
      summary: 'Change a criterion ("" clears the threshold)',
      params: idParams,
      body: z.strictObject(requirementEditFields),
      handler: async ({ params, body }) =>
        presentRequirement(await editRequirement(ctx, { ...body, id: params.id })),
    }),
    route({
      method: 'delete',
      path: '/api/musts/:id',
      tag: 'offers',
      summary: 'Remove a criterion',
      params: idParams,
      handler: async ({ params }) => presentRequirement(await removeRequirement(ctx, params.id)),
    }),
    route({
      method: 'get',
      path: '/api/offers/compare',
      tag: 'offers',
      summary: 'Open offers side by side: which meets the must-haves, and why',
      query: z.strictObject({ currency: opt(str(3)), all: opt(boolText) }),
      handler: async ({ query }) =>
        presentComparison(
          await compare(ctx, { currency: query.currency, all: query.all }),
          await zone(),
        ),
    }),
    route({
      method: 'post',
      path: '/api/applications/:id/offer',
      tag: 'offers',
      summary: 'Record an offer (the application moves to offer)',
      params: idParams,
      body: z.strictObject(offerAddFields),
      status: 201,
      fields: salary,
      handler: async ({ params, body }) =>
        offer((await addOffer(ctx, { ...body, application_id: params.id })).id),
    }),
    route({
      method: 'get',
      path: '/api/offers/:id',
      tag: 'offers',
      summary: 'One offer: total compensation with its formula, evaluation, history',
      params: idParams,
      fields: { offer_id: 'id' },
      handler: async ({ params }) => offer(params.id),
    }),
    route({
      method: 'patch',
      path: '/api/offers/:id',
      tag: 'offers',
      summary: 'Change an offer, or judge criteria only you can',
      params: idParams,
      body: z.strictObject(offerEditFields),
      fields: { offer_id: 'id' },
      handler: async ({ params, body }) =>
        offer((await editOffer(ctx, { ...body, offer_id: params.id })).id),
    }),
    route({
      method: 'post',
      path: '/api/offers/:id/counter',
      tag: 'offers',
      summary: 'One round of negotiation (by me, or their revised offer)',
      params: idParams,
      body: z.strictObject(offerCounterFields),
      status: 201,
      fields: { offer_id: 'id' },
      handler: async ({ params, body }) =>
        offer((await counterOffer(ctx, { ...body, offer_id: params.id })).id),
    }),
    route({
      method: 'post',
      path: '/api/offers/:id/negotiate',
      tag: 'offers',
      summary: 'Draft a counter-proposal (salary, vacation, start_date, schedule, terms)',
      params: idParams,
      body: negotiateBody,
      status: 201,
      fields: { offer_id: 'id' },
      handler: async ({ params, body }) =>
        presentMessage(
          (await draftNegotiation(ctx, params.id, body.about ?? 'salary', body.channel)).message,
          await zone(),
        ),
    }),
    route({
      method: 'post',
      path: '/api/offers/:id/accept',
      tag: 'offers',
      summary: 'Accept: drafts the acceptance and a withdrawal per other open application',
      params: idParams,
      fields: { offer_id: 'id' },
      handler: async ({ params }) => decided(await acceptOffer(ctx, params.id)),
    }),
    route({
      method: 'post',
      path: '/api/offers/:id/decline',
      tag: 'offers',
      summary: 'Decline: drafts a gracious decline, plans a keep-warm note',
      params: idParams,
      fields: { offer_id: 'id' },
      handler: async ({ params }) => decided(await declineOffer(ctx, params.id)),
    }),
    route({
      method: 'get',
      path: '/api/rates',
      tag: 'offers',
      summary: 'The exchange rates you typed',
      handler: async () => (await listRates(ctx)).map(presentRate),
    }),
    route({
      method: 'put',
      path: '/api/rates',
      tag: 'offers',
      summary: 'Set 1 FROM = RATE TO (never looked up)',
      body: rateInput,
      handler: async ({ body }) => presentRate(await setRate(ctx, body)),
    }),
  ];
}
