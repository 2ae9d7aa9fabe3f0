import {
  addContact,
  editContact,
  getContact,
  listContacts,
  mergeContacts,
} from '../../services/network/contacts.js';
import { importLinkedin } from '../../services/network/import.js';
import { insights, pipelineHealth } from '../../services/network/health.js';
import {
  contactDetailJson,
  contactListJson,
  presentContactDetail,
  presentContactRow,
} from '../../services/network/present.js';
import {
  healthJson,
  importSummaryJson,
  insightsJson,
  networkJson,
  presentHealth,
  presentImportSummary,
  presentInsights,
  presentNetwork,
} from '../../services/network/present-network.js';
import { applicationNetwork, decideMatch } from '../../services/network/network.js';
import {
  contactAddInput,
  contactEditInput,
  contactListInput,
  healthInput,
  insightsInput,
  linkedinImportInput,
  matchDecisionInput,
} from '../../services/network/schema.js';
import { z } from 'zod';
import { id } from '../../services/input.js';
import { route, type ApiRoute } from '../registry.js';
import { idParams } from '../schemas.js';
import type { RouteDeps } from './deps.js';

/** The LinkedIn upload may exceed the API's 1 MB bodies: an export is a few MB (base64). */
export const IMPORT_PATH = '/api/contacts/import';

/** Contacts, the LinkedIn import, the network of an application (PRODUCT.md §8). */
export function networkRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  const detail = async (p: Promise<Parameters<typeof presentContactDetail>[0]>) => {
    const c = await p;
    return presentContactDetail(c, await zone());
  };
  return [
    route({
      method: 'get',
      path: '/api/contacts',
      tag: 'network',
      summary: 'Contacts by name; q filters by name, company, title or e-mail',
      query: contactListInput,
      response: contactListJson,
      cache: 'data',
      handler: async ({ query }) => {
        const r = await listContacts(ctx, query);
        const z = await zone();
        return { total: r.total, contacts: r.contacts.map((c) => presentContactRow(c, z)) };
      },
    }),
    route({
      method: 'get',
      path: '/api/contacts/:id',
      tag: 'network',
      summary: 'One contact with the applications and messages they are linked to',
      params: idParams,
      response: contactDetailJson,
      handler: ({ params }) => detail(getContact(ctx, params.id)),
    }),
    route({
      method: 'post',
      path: '/api/contacts',
      tag: 'network',
      summary: 'Add a contact',
      body: contactAddInput,
      status: 201,
      response: contactDetailJson,
      handler: ({ body }) => detail(addContact(ctx, body)),
    }),
    route({
      method: 'patch',
      path: '/api/contacts/:id',
      tag: 'network',
      summary: 'Change a contact ("" clears a field)',
      params: idParams,
      body: contactEditInput,
      response: contactDetailJson,
      handler: ({ params, body }) => detail(editContact(ctx, params.id, body)),
    }),
    route({
      method: 'post',
      path: '/api/contacts/:id/merge',
      tag: 'network',
      summary: 'Merge contact `drop` into this one, keeping every link',
      params: idParams,
      body: z.strictObject({ drop: id }),
      response: contactDetailJson,
      fields: { keep: 'id' },
      handler: ({ params, body }) =>
        detail(mergeContacts(ctx, { keep: params.id, drop: body.drop })),
    }),
    route({
      method: 'post',
      path: IMPORT_PATH,
      tag: 'network',
      summary: "Import LinkedIn's Connections.csv (file: its bytes, base64; up to 10 MB)",
      body: linkedinImportInput,
      response: importSummaryJson,
      handler: async ({ body }) => presentImportSummary(await importLinkedin(ctx, body)),
    }),
    route({
      method: 'get',
      path: '/api/applications/:id/network',
      tag: 'network',
      summary: "The people you know at the application's company, with why; near misses",
      params: idParams,
      response: networkJson,
      fields: { application_id: 'id' },
      handler: async ({ params }) =>
        presentNetwork(await applicationNetwork(ctx, params.id), await zone()),
    }),
    route({
      method: 'post',
      path: '/api/applications/:id/network/decide',
      tag: 'network',
      summary: 'Confirm or reject a suggested employer for the company (remembered)',
      params: idParams,
      body: matchDecisionInput,
      response: networkJson,
      fields: { application_id: 'id' },
      handler: async ({ params, body }) =>
        presentNetwork(await decideMatch(ctx, params.id, body), await zone()),
    }),
    route({
      method: 'get',
      path: '/api/health/pipeline',
      tag: 'network',
      summary:
        'Pipeline health: active vs goal, this week, one-basket share, stale, response times',
      query: healthInput,
      response: healthJson,
      cache: 'clock',
      handler: async ({ query }) =>
        presentHealth(await pipelineHealth(ctx), await zone(), query.limit),
    }),
    route({
      method: 'get',
      path: '/api/insights',
      tag: 'network',
      summary: 'The funnel of the search (filter by source, from, to) and the debrief trend',
      query: insightsInput,
      response: insightsJson,
      cache: 'data',
      handler: async ({ query }) => presentInsights(await insights(ctx, query), await zone()),
    }),
  ];
}
