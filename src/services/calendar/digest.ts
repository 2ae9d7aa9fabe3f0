import { composeDigest, digestDueDay, digestKey, type Digest } from '../../domain/digest.js';
import { conflict, invalidInput } from '../../domain/errors.js';
import type { Settings } from '../../domain/settings.js';
import { localDateOf } from '../../domain/time.js';
import type { Instant } from '../../domain/types.js';
import type { MessageView } from '../../store/repos/messages.js';
import { today } from '../actions/actions.js';
import type { Ctx } from '../context.js';
import { newMessageId, senderOf, smtpConfigOf, type DeliveryEnv } from '../outbox/delivery.js';
import {
  deliverScheduled,
  type DispatchOutcome,
  type DispatchSendDeps,
} from '../outbox/dispatch-send.js';
import { mustGetMessage } from '../messages/messages.js';
import { move } from '../outbox/outbox-records.js';
import { loadSettings, loadTransport } from '../settings/settings.js';

/**
 * The daily digest as a use case. A day's digest is an outbox message (kind `digest`) bound to
 * the key `digest:YYYY-MM-DD` in the same transaction that creates it, so it is enqueued at most
 * once per local day, whichever process (or restart) gets there first; the outbox's claim then
 * makes sure it is sent at most once. Delivery is the dispatcher's (dispatch-send.ts).
 */

export interface DigestPreview extends Digest {
  /** Where it goes: `digest.to`, else your `email`; null when neither is set. */
  to: string | null;
  /** Today's digest message, when one was already enqueued. */
  message: MessageView | null;
}

const recipientOf = ({ policy, profile }: Settings): string | null =>
  policy.digestTo !== '' ? policy.digestTo : profile.email !== '' ? profile.email : null;

async function compose(ctx: Ctx, s: Settings, appUrl: string, now: Instant): Promise<Digest> {
  const actions = await today(ctx);
  const frame = {
    timezone: s.policy.timezone,
    digestTime: s.policy.digestTime,
    name: s.profile.name,
  };
  return composeDigest(actions, now, frame, appUrl);
}

/** `afterview digest`: what today's digest says, and whether it went out already. */
export async function previewDigest(ctx: Ctx, appUrl: string): Promise<DigestPreview> {
  const s = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const digest = await compose(ctx, s, appUrl, now);
  const id = await ctx.store.outboxKeys.messageFor(digestKey(digest.date));
  const message = id === null ? null : ((await ctx.store.messages.get(id)) ?? null);
  return { ...digest, to: recipientOf(s), message };
}

export interface Enqueued {
  id: number;
  date: string;
  /** False when the day's digest existed already (enqueued earlier, here or elsewhere). */
  created: boolean;
}

/** Why there is no digest to enqueue now: for the dispatcher's log, said once. */
export type DigestSkip = 'not_due' | 'no_recipient' | 'no_smtp';

/**
 * Enqueues the digest of the day due at `now` (the dispatcher's path): nothing before the digest
 * time, on days off, or when the digest is off; the existing message when the day has one.
 * With `anyTime` (`afterview digest --send`) today's digest is enqueued whatever the time.
 */
export async function enqueueDigest(
  ctx: Ctx,
  appUrl: string,
  env: DeliveryEnv,
  opts: { anyTime?: boolean } = {},
): Promise<Enqueued | DigestSkip> {
  const s = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const date =
    opts.anyTime === true ? localDateOf(now, s.policy.timezone) : digestDueDay(now, s.policy);
  if (date === null) return 'not_due';
  const key = digestKey(date);
  const existing = await ctx.store.outboxKeys.messageFor(key);
  if (existing !== null) return { id: existing, date, created: false };
  const to = recipientOf(s);
  if (to === null) return 'no_recipient';
  const transport = await loadTransport(ctx.store);
  if (transport.smtpHost === '') return 'no_smtp';
  smtpConfigOf(transport, env);
  const from = senderOf(s.profile, transport);
  const digest = await compose(ctx, s, appUrl, now);
  return ctx.store.transaction(async (tx) => {
    // Checked again under the write lock: another process may have enqueued it meanwhile.
    const raced = await tx.outboxKeys.messageFor(key);
    if (raced !== null) return { id: raced, date, created: false };
    const id = await tx.messages.insert(
      {
        actionId: null,
        applicationId: null,
        interviewId: null,
        contactId: null,
        kind: 'digest',
        channel: 'email',
        templateId: null,
        recipientName: s.policy.digestTo === '' ? s.profile.name : null,
        recipientEmail: to,
        recipientAddress: [],
        subject: digest.subject,
        body: digest.text,
        voicemail: null,
        findings: [],
      },
      now,
    );
    if (!(await tx.outboxKeys.claim(key, id, now))) {
      throw conflict(`the digest of ${date} was enqueued by another process`, 'digest');
    }
    const note = `the daily digest of ${date}: ${String(digest.overdue.length)} overdue, ${String(digest.today.length)} today`;
    await move(tx, { id, state: 'draft' }, 'approved', {}, note, now);
    await move(
      tx,
      { id, state: 'approved' },
      'scheduled',
      { via: 'smtp', transportId: newMessageId(from.address), nextAttemptAt: now, lastError: null },
      'scheduled via smtp',
      now,
    );
    return { id, date, created: true };
  });
}

/** The user-facing reason a digest cannot be enqueued (for `afterview digest --send`). */
export function skipError(skip: DigestSkip): Error {
  switch (skip) {
    case 'no_recipient':
      return invalidInput('the digest needs an address: set email (or digest.to)', 'digest.to', {
        do: 'set_setting',
        keys: ['email', 'digest.to'],
        example: 'you@example.com',
      });
    case 'no_smtp':
      return invalidInput(
        'no SMTP server set: set smtp.host (and smtp.user, smtp.password)',
        'smtp.host',
        {
          do: 'set_setting',
          keys: ['smtp.host', 'smtp.user', 'smtp.password'],
          example: 'smtp.example.com',
        },
      );
    case 'not_due':
      return invalidInput('no digest is due now', 'digest');
  }
}

/**
 * `afterview digest --send`: today's digest now, whatever the time, still at most once a day (the
 * same key the dispatcher uses). Retries transient failures twice, waiting between attempts.
 */
export async function sendDigestNow(
  ctx: Ctx,
  appUrl: string,
  deps: DispatchSendDeps & { sleep?: (ms: number) => Promise<void> } = {},
): Promise<{ outcome: DispatchOutcome; message: MessageView }> {
  const q = await enqueueDigest(ctx, appUrl, deps, { anyTime: true });
  if (typeof q === 'string') throw skipError(q);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let outcome = await deliverScheduled(ctx, q.id, deps, { anyTime: true });
  for (let tries = 1; outcome === 'retry' && tries < 3; tries++) {
    await sleep((deps.retryBaseMs ?? 2000) * 3 ** (tries - 1));
    outcome = await deliverScheduled(ctx, q.id, deps, { anyTime: true });
  }
  const message = await mustGetMessage(ctx.store, q.id);
  if (outcome === 'skipped' && message.state === 'sent') {
    throw conflict(
      `today's digest (${q.date}) was already sent as message #${String(message.id)}: one a day`,
      'digest',
    );
  }
  return { outcome, message };
}
