import { z } from 'zod';
import { editMessage, getMessage } from '../../services/messages/messages.js';
import { checkMessageText, listMessages } from '../../services/messages/message-views.js';
import { sendMessage } from '../../services/outbox/outbox.js';
import {
  findingJson,
  messageJson,
  templateJson,
  presentFinding,
  presentMessage,
  presentTemplate,
} from '../../services/present/present-message.js';
import { forcedBy } from '../../services/outbox/forced-by.js';
import { listTemplates } from '../../services/messages/templates.js';
import { messageFile } from '../../services/outbox/artifact.js';
import { FileReply, route, type ApiRoute } from '../registry.js';
import { LIMITS, boolText, idParams, opt, str } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const listQuery = z.object({
  status: opt(
    z.enum(['unsent', 'all', 'draft', 'approved', 'scheduled', 'sending', 'sent', 'failed']),
  ),
});

const editBody = z.strictObject({
  subject: opt(str(300)),
  body: opt(str(LIMITS.body)),
  voicemail: opt(str(LIMITS.text)),
  to: opt(str(LIMITS.item)),
  address: opt(str(LIMITS.text)),
});

const checkBody = z.strictObject({
  subject: opt(str(300)),
  body: opt(str(LIMITS.body)),
  voicemail: opt(str(LIMITS.text)),
});

const sendBody = z.strictObject({
  via: opt(z.enum(['smtp', 'eml', 'pdf', 'manual'])),
  force: opt(z.boolean({ error: 'must be true or false' })),
  reason: opt(str(LIMITS.item)),
  resend: opt(z.boolean({ error: 'must be true or false' })),
});

const fileQuery = z.object({
  download: opt(boolText).describe('true: save it (attachment) instead of opening it'),
});

const templateQuery = z.object({
  kind: opt(str(LIMITS.short)),
  channel: opt(str(LIMITS.short)),
});

/** The composer: drafts (under actions), edit with live check findings, send, templates. */
export function messageRoutes({ ctx, zone, delivery }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/messages',
      tag: 'messages',
      summary: 'Messages: unsent (default), all, or those in one state',
      query: listQuery,
      response: z.array(messageJson),
      handler: async ({ query }) => {
        const z = await zone();
        return (await listMessages(ctx, query.status)).map((m) => presentMessage(m, z));
      },
    }),
    route({
      method: 'get',
      path: '/api/messages/:id',
      tag: 'messages',
      summary: 'One message with its check findings and, if its send was forced, why and by whom',
      params: idParams,
      response: messageJson,
      fields: { message: 'id' },
      handler: async ({ params }) => presentMessage(await getMessage(ctx, params.id), await zone()),
    }),
    route({
      method: 'patch',
      path: '/api/messages/:id',
      tag: 'messages',
      summary: 'Edit an unsent message; it is checked again and goes back to draft',
      params: idParams,
      body: editBody,
      response: messageJson,
      fields: { message: 'id' },
      handler: async ({ params, body }) =>
        presentMessage(await editMessage(ctx, params.id, body), await zone()),
    }),
    route({
      method: 'post',
      path: '/api/messages/:id/check',
      tag: 'messages',
      summary: 'Check the message, or the given unsaved text for it; saves nothing',
      params: idParams,
      body: checkBody,
      response: z.object({
        findings: z.array(findingJson),
        errors: z.number().int(),
        warnings: z.number().int(),
      }),
      fields: { message: 'id' },
      handler: async ({ params, body }) => {
        const findings = await checkMessageText(ctx, params.id, body);
        const errors = findings.filter((f) => f.severity === 'error').length;
        return {
          findings: findings.map(presentFinding),
          errors,
          warnings: findings.length - errors,
        };
      },
    }),
    route({
      method: 'post',
      path: '/api/messages/:id/send',
      tag: 'messages',
      summary:
        'Check again and deliver; 409 when the check has errors (unless force with a reason)',
      params: idParams,
      body: sendBody,
      response: z.object({
        ...messageJson.shape,
        outcome: z.enum(['sent', 'failed', 'held']),
      }),
      fields: { message: 'id' },
      handler: async ({ params, body }) => {
        // No `out` path from the network: files go to the data folder's outbox only.
        const r = await sendMessage(ctx, params.id, { ...body, by: forcedBy('web') }, delivery);
        return { ...presentMessage(r.message, await zone()), outcome: r.outcome };
      },
    }),
    route({
      method: 'get',
      path: '/api/messages/:id/file',
      tag: 'messages',
      summary:
        'The .eml or PDF a message was delivered as (send via eml or pdf), inline or as a download',
      params: idParams,
      query: fileQuery,
      fields: { message: 'id' },
      handler: async ({ params, query }) => {
        const f = await messageFile(ctx, params.id, delivery.outDir);
        return new FileReply(f.bytes, f.type, f.name, query.download === true);
      },
    }),
    route({
      method: 'get',
      path: '/api/templates',
      tag: 'messages',
      summary: 'Message templates, yours first; filter by kind and channel',
      query: templateQuery,
      response: z.array(templateJson),
      cache: 'data',
      handler: async ({ query }) => (await listTemplates(ctx, query)).map(presentTemplate),
    }),
  ];
}
