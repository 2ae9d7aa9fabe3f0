import { z } from 'zod';
import { setSetting } from '../../services/settings/settings.js';
import {
  publicSetting,
  publicSettings,
  sendTestEmail,
} from '../../services/settings/settings-view.js';
import { route, type ApiRoute } from '../registry.js';
import { LIMITS, opt, str } from '../schemas.js';
import type { RouteDeps } from './deps.js';

const keyParams = z.object({ key: str(64) });

const putBody = z.strictObject({
  value: z
    .union([str(LIMITS.notes), z.number(), z.boolean()])
    .describe('the value as `afterview settings set` takes it'),
});

const testBody = z.strictObject({ to: opt(str(LIMITS.item)) });

/** A setting as the settings screen shows it: secrets only say whether they are set. */
const settingJson = z.object({
  key: z.string(),
  value: z.string().nullable().describe('null for a secret'),
  help: z.string(),
  secret: z.boolean(),
  set: z.boolean(),
});

/** Settings (secrets only as set/not set) and the "send test e-mail" button. */
export function settingRoutes({ ctx, delivery }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/settings',
      tag: 'settings',
      summary: 'Every setting with its value and help; secrets only say whether they are set',
      response: z.array(settingJson),
      handler: () => publicSettings(ctx, delivery),
    }),
    route({
      method: 'put',
      path: '/api/settings/:key',
      tag: 'settings',
      summary: 'Change one setting (validated; re-plans pending actions)',
      response: settingJson,
      params: keyParams,
      body: putBody,
      handler: async ({ params, body }) => {
        await setSetting(ctx, params.key, String(body.value));
        return publicSetting(ctx, params.key, delivery);
      },
    }),
    route({
      method: 'post',
      path: '/api/settings/test-email',
      tag: 'settings',
      summary: 'Send a test e-mail through the configured SMTP server; says what happened',
      response: z.object({
        ok: z.boolean(),
        to: z.string(),
        response: z.string().nullable().describe("the SMTP server's final reply"),
        message_id: z.string(),
        error: z.string().nullable().describe("why it failed, in the transport's words"),
      }),
      body: testBody,
      handler: async ({ body }) => {
        const r = await sendTestEmail(ctx, body.to, delivery);
        return {
          ok: r.ok,
          to: r.to,
          response: r.response,
          message_id: r.messageId,
          error: r.error,
        };
      },
    }),
  ];
}
