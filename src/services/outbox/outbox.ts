import { AfterviewError, conflict, invalidInput } from '../../domain/errors.js';
import { hasErrors } from '../../domain/check/check.js';
import { VIAS_BY_CHANNEL, spacingVerdict, type Via } from '../../domain/outbox.js';
import type { AllSettings } from '../../domain/settings.js';
import { formatInstant, localDateOf } from '../../domain/time.js';
import type { Finding, Instant, MessageState } from '../../domain/types.js';
import { positiveId, requiredText } from '../../domain/validate.js';
import type { MessageView } from '../../store/repos/messages.js';
import { runCheck } from '../messages/check.js';
import type { Ctx } from '../context.js';
import { mustGetMessage } from '../messages/messages.js';
import { deliverAtFor } from '../messages/truth.js';
import { newMessageId, senderOf, smtpConfigOf } from './delivery.js';
import { attemptDelivery, type AttemptDeps, type AttemptStep } from './outbox-attempt.js';
import {
  confirmSent,
  listOutbox,
  log,
  move,
  ownerGone,
  recoverSending,
  type RecoveryDeps,
} from './outbox-records.js';
import { loadSettings, loadTransport } from '../settings/settings.js';

/**
 * The outbox (PRODUCT.md §6): a message is never sent twice and never silently dropped.
 *  1. One transaction re-checks the note, applies the spacing guard (§5) and moves it
 *     draft → approved → scheduled, fixing its Message-ID.
 *  2. Another claims it, scheduled → sending, and commits BEFORE the transport call: a crash
 *     after the server accepted it then leaves it in `sending`, and the next start holds it for
 *     the user instead of sending it again.
 *  3. The transport call. Failures the server cannot have accepted retry with backoff; a refusal
 *     fails; a connection lost after the data went out is held, as the server may have it.
 *  4. One transaction records it sent, marks its action done and the contact contacted.
 */

export interface SendOptions {
  via?: string;
  /** File or folder for .eml and .pdf output. */
  out?: string;
  /** Send despite check errors or the spacing guard; needs `reason`, which is logged. */
  force?: boolean;
  reason?: string;
  /**
   * Who forces it, as the edge knows them (`sam, on the command line`): recorded with the
   * reason so the outbox can show who sent a note past the check or the spacing guard.
   */
  by?: string;
  /** The user confirms a held message did not arrive: send it again (same Message-ID). */
  resend?: boolean;
}

export type SendStep = AttemptStep;

export interface OutboxDeps extends AttemptDeps, RecoveryDeps {
  sleep?: (ms: number) => Promise<void>;
}

export interface SendResult {
  message: MessageView;
  outcome: 'sent' | 'failed' | 'held';
  attempts: number;
  warnings: Finding[];
  /**
   * A letter or card: when the plan has it posted or dropped off (its action's due time, or now
   * if that has passed); the note's day words are true for then. Null for other channels.
   */
  handOverAt: Instant | null;
}

function viaFor(channel: MessageView['channel'], requested: string | undefined): Via {
  const allowed = VIAS_BY_CHANNEL[channel];
  if (requested === undefined) return allowed[0] ?? 'manual';
  const v = allowed.find((x) => x === requested);
  if (v === undefined) {
    throw invalidInput(
      `via must be ${allowed.join(' or ')} for a message on the ${channel} channel, not ${requested}`,
      'via',
    );
  }
  return v;
}

/** Phase 1: check, guard, approve and schedule, in one transaction. Returns the warnings. */
async function prepare(
  ctx: Ctx,
  id: number,
  via: Via,
  reason: string | null,
  opts: SendOptions,
  settings: AllSettings,
): Promise<Finding[]> {
  const zone = settings.policy.timezone;
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const m = await mustGetMessage(tx, id);
    if (m.state === 'sent') {
      throw conflict(
        `message ${id} was already sent (${m.sentAt === null ? '' : formatInstant(m.sentAt, zone)}${m.transportId === null ? '' : `, Message-ID ${m.transportId}`}); it is never sent twice`,
        'message',
      );
    }
    if (m.state === 'sending') {
      if (m.heldAt === null)
        throw conflict(`message ${id} is being sent by another process`, 'message');
      if (opts.resend !== true) {
        throw conflict(
          `message ${id} may already have been sent (${m.transportId === null ? 'no Message-ID' : `Message-ID ${m.transportId}`}): check your Sent folder, then confirm it if it arrived, or send it again`,
          'message',
          { do: 'confirm_or_resend', message_id: id },
        );
      }
      await move(
        tx,
        m,
        'scheduled',
        { heldAt: null, sendingOwner: null, leaseExpiresAt: null, nextAttemptAt: now },
        'you confirmed it did not arrive: sending again with the same Message-ID',
        now,
      );
      return [];
    }
    const findings = await runCheck(tx, m, settings, now);
    await tx.messages.update(id, { findings }, now);
    const errors = findings.filter((f) => f.severity === 'error');
    if (hasErrors(findings) && reason === null) {
      throw conflict(
        `message ${id} has ${errors.length} check error${errors.length === 1 ? '' : 's'} (${errors.map((e) => `${e.rule}: ${e.message}`).join('; ')}); fix them, or send anyway with a reason`,
        'message',
        { do: 'force_send', message_id: id },
      );
    }
    const forced: string[] = errors.length > 0 ? [`${errors.length} check error(s)`] : [];
    if (m.kind === 'follow_up' && m.contactId !== null) {
      const history = await tx.messages.followUpTimes(m.contactId, {
        actionId: m.actionId,
        messageId: id,
      });
      const v = spacingVerdict(history, now, zone, settings.policy.followUpSpacingDays);
      if (v !== null && reason === null) {
        throw new AfterviewError(
          'too_soon',
          `${m.recipientName ?? 'this contact'} had a follow-up on ${localDateOf(v.last, zone)}; the next one may go from ${v.allowedFrom} (not too often, seed 001); to send anyway, give a reason`,
          'message',
          { do: 'force_send', message_id: id },
        );
      }
      if (v !== null)
        forced.push(`the spacing guard (last follow-up ${localDateOf(v.last, zone)})`);
    }
    // The reason as the user gave it; what it was forced past goes to the message's log below.
    if (forced.length > 0 && reason !== null)
      await tx.messages.update(id, { forced: { reason, by: opts.by ?? 'you', at: now } }, now);
    let cur: { id: number; state: MessageState } = m;
    if (cur.state === 'draft') {
      const note =
        forced.length === 0
          ? 'approved: the check found no errors'
          : `approved by force past ${forced.join(' and ')}: ${reason ?? ''}`;
      await move(tx, cur, 'approved', {}, note, now);
      cur = { id, state: 'approved' };
    } else if (forced.length > 0) {
      await log(
        tx,
        id,
        cur.state,
        cur.state,
        `forced past ${forced.join(' and ')}: ${reason ?? ''}`,
        now,
      );
    }
    if (cur.state !== 'scheduled') {
      const transportId =
        via === 'smtp' || via === 'eml'
          ? (m.transportId ?? newMessageId(senderOf(settings.profile, settings.transport).address))
          : null;
      await move(
        tx,
        cur,
        'scheduled',
        { via, transportId, nextAttemptAt: now, lastError: null },
        `scheduled via ${via}`,
        now,
      );
    }
    return findings.filter((f) => f.severity !== 'error');
  });
}

/**
 * Sends a message (`afterview send`): the whole outbox path above. Refuses, writing nothing, when
 * the check has errors or the spacing guard objects, unless forced with a reason.
 */
export async function sendMessage(
  ctx: Ctx,
  idInput: string | number,
  opts: SendOptions = {},
  deps: OutboxDeps = {},
): Promise<SendResult> {
  const id = positiveId(idInput, 'message', 'message');
  const reason = opts.force === true ? requiredText(opts.reason, 'reason', 500) : null;
  if (opts.force !== true && opts.reason !== undefined)
    throw invalidInput('reason goes with force: a reason is only given to send anyway', 'reason');
  const settings = {
    ...(await loadSettings(ctx.store, ctx.systemZone)),
    transport: await loadTransport(ctx.store),
  };
  await recoverSending(ctx, deps);
  const first = await mustGetMessage(ctx.store, id);
  const via = viaFor(
    first.channel,
    opts.via ?? (first.state === 'sending' ? (first.via ?? undefined) : undefined),
  );
  // Settle what delivery needs before anything moves, so a missing setting changes nothing.
  if (via === 'smtp') smtpConfigOf(settings.transport, deps);
  if ((via === 'smtp' || via === 'eml') && (first.recipientEmail ?? '') === '') {
    throw invalidInput(`message ${id} has no recipient e-mail address`, 'to', {
      do: 'edit_message',
      message_id: id,
      field: 'to',
    });
  }
  if (via === 'smtp' || via === 'eml') senderOf(settings.profile, settings.transport);
  const warnings = await prepare(ctx, id, via, reason, opts, settings);

  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let tries = 1; ; tries++) {
    const r = await attemptDelivery(ctx, id, settings, deps, {
      via,
      out: opts.out,
      attempt: tries,
      retrying: 'retrying',
    });
    if (r.outcome === 'skipped')
      throw conflict(`message ${id} is being sent by another process`, 'message');
    if (r.outcome === 'retry') {
      await sleep(r.delayMs);
      continue;
    }
    const message = await mustGetMessage(ctx.store, id);
    const action =
      message.actionId === null ? undefined : await ctx.store.actions.get(message.actionId);
    const paper = message.channel === 'letter' || message.channel === 'drop_off';
    return {
      message,
      outcome: r.outcome,
      attempts: tries,
      warnings,
      handOverAt: paper ? deliverAtFor(message.channel, action, ctx.now()) : null,
    };
  }
}

export { confirmSent, listOutbox, ownerGone, recoverSending };
