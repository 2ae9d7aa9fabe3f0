import { buildEmail, sendSmtp } from '../../adapters/mail.js';
import { invalidInput } from '../../domain/errors.js';
import { SECRET_SETTINGS, type MailTransport, type SettingKey } from '../../domain/settings.js';
import { parsePerson } from '../../domain/validate.js';
import type { Ctx } from '../context.js';
import { newMessageId, senderOf, smtpConfigOf, type DeliveryEnv } from '../outbox/delivery.js';
import {
  loadAllSettings,
  loadSettings,
  loadTransport,
  settingView,
  settingViews,
  type SettingView,
} from './settings.js';

/**
 * Settings as a screen shows them: a secret (the SMTP password) is never sent anywhere, only
 * whether it is set. The stored value is read to answer `set`, then dropped.
 */
export interface PublicSetting {
  key: SettingKey;
  value: string | null;
  help: string;
  secret: boolean;
  set: boolean;
}

function publicView(s: SettingView, secretSet: boolean): PublicSetting {
  const secret = SECRET_SETTINGS.includes(s.key);
  return {
    key: s.key,
    value: secret ? null : s.value,
    help: s.help,
    secret,
    set: secret ? secretSet : s.value !== '',
  };
}

const passwordSet = (t: MailTransport, env: DeliveryEnv): boolean =>
  t.smtpPassword !== '' || (env.smtpPassword ?? '') !== '';

export async function publicSettings(ctx: Ctx, env: DeliveryEnv = {}): Promise<PublicSetting[]> {
  const s = await loadAllSettings(ctx.store, ctx.systemZone);
  return settingViews(s).map((v) => publicView(v, passwordSet(s.transport, env)));
}

export async function publicSetting(
  ctx: Ctx,
  key: string,
  env: DeliveryEnv = {},
): Promise<PublicSetting> {
  const s = await loadAllSettings(ctx.store, ctx.systemZone);
  return publicView(settingView(s, key), passwordSet(s.transport, env));
}

export interface TestEmailResult {
  ok: boolean;
  to: string;
  /** The SMTP server's final reply when it accepted the message. */
  response: string | null;
  messageId: string;
  /** Why it failed, in the transport's words (never the password). */
  error: string | null;
}

/**
 * Sends a short test e-mail through the configured SMTP server (the settings screen's "send test
 * e-mail"), to the given address or the user's own. Missing settings are refused as invalid
 * input naming the setting; a transport failure is reported as a result, not thrown.
 */
export async function sendTestEmail(
  ctx: Ctx,
  toInput: string | undefined,
  env: DeliveryEnv = {},
): Promise<TestEmailResult> {
  const { profile } = await loadSettings(ctx.store, ctx.systemZone);
  const transport = await loadTransport(ctx.store);
  const cfg = smtpConfigOf(transport, env);
  const from = senderOf(profile, transport);
  const to =
    toInput === undefined || toInput.trim() === ''
      ? from
      : (() => {
          const p = parsePerson(toInput, 'to');
          return { name: p.email === null ? '' : p.name, address: p.email ?? '' };
        })();
  if (to.address === '') throw invalidInput('to needs an e-mail address: "Name <email>"', 'to');
  const messageId = newMessageId(from.address);
  const raw = await buildEmail({
    from,
    to,
    subject: 'Afterview test e-mail',
    text: `This is a test e-mail from Afterview.\n\nIf you can read it, Afterview can send your thank-you notes and follow-ups through ${cfg.host}.`,
    messageId,
    date: new Date(ctx.now()),
  });
  try {
    const r = await sendSmtp(cfg, { from: from.address, to: to.address }, raw);
    return { ok: true, to: to.address, response: r.response, messageId, error: null };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, to: to.address, response: null, messageId, error: message };
  }
}
