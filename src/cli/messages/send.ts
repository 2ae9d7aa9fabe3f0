import { summarize } from '../../domain/check/check.js';
import { editMessage, getMessage, type MessageView } from '../../services/messages/messages.js';
import { deliveryEnv } from '../../services/open.js';
import { forcedBy } from '../../services/outbox/forced-by.js';
import { confirmSent, listOutbox, sendMessage } from '../../services/outbox/outbox.js';
import { presentMessage } from '../../services/present/present-message.js';
import { localDateOf } from '../../domain/time.js';
import { str, when } from '../format.js';
import type { Invocation, Output } from '../spec.js';
import { findingLines, readInput } from './check.js';
import { messageText } from './draft.js';

const who = (m: MessageView): string =>
  `${m.recipientName ?? m.company ?? 'the recipient'}${m.recipientEmail === null ? '' : ` <${m.recipientEmail}>`}`;

/** "today", or "on Mon 2026-03-09 (from 09:00)" when the plan posts it or drops it off later. */
function handOverDay(at: string | null, inv: Invocation): string {
  const now = inv.ctx.now();
  if (at === null || localDateOf(at, inv.zone) === localDateOf(now, inv.zone)) return 'today';
  const w = when(at, inv.zone);
  return `on ${w.slice(0, 14)} (from ${w.slice(15)})`;
}

/** `afterview send MESSAGE [--via smtp|eml|pdf] [--out PATH] [--force --reason R] [--resend]` */
export async function send(inv: Invocation): Promise<Output> {
  const r = await sendMessage(
    inv.ctx,
    inv.positionals[0] ?? '',
    {
      via: str(inv.values.via),
      out: str(inv.values.out),
      force: inv.values.force === true,
      reason: str(inv.values.reason),
      resend: inv.values.resend === true,
      by: forcedBy('cli'),
    },
    deliveryEnv(process.env),
  );
  const m = r.message;
  const lines: string[] = [];
  if (r.outcome === 'sent') {
    const how =
      m.via === 'smtp'
        ? `Sent message #${m.id} to ${who(m)} (${m.transportResponse ?? 'accepted'}; Message-ID ${m.transportId ?? '?'})`
        : m.via === 'eml'
          ? `Wrote message #${m.id} to ${m.artifactPath ?? '?'}: open it in your mail program and send it (Message-ID ${m.transportId ?? '?'})`
          : m.via === 'pdf'
            ? `Wrote ${m.artifactPath ?? '?'}: print it and ${m.channel === 'drop_off' ? 'drop it off' : 'post it'} ${handOverDay(r.handOverAt, inv)} (its wording is for that day)`
            : `Recorded message #${m.id} to ${who(m)} as done (${m.channel})`;
    lines.push(`${how}.`);
    if (m.actionId !== null) lines.push(`Action #${m.actionId} is done.`);
  } else if (r.outcome === 'failed') {
    lines.push(
      `Could not send message #${m.id} after ${r.attempts} attempt${r.attempts === 1 ? '' : 's'}: ${m.lastError ?? 'unknown error'}.`,
      `It is marked failed; fix the cause, then afterview send ${m.id} again.`,
    );
  } else {
    lines.push(
      `Message #${m.id} may have been delivered: the connection broke after the message was sent (${m.lastError ?? ''}).`,
      `Check your Sent folder or ask the recipient (Message-ID ${m.transportId ?? '?'}), then: afterview outbox confirm ${m.id} if it arrived, or afterview send ${m.id} --resend.`,
    );
  }
  if (r.warnings.length > 0) {
    lines.push(
      `Check: ${summarize(r.warnings)}`,
      ...findingLines(r.warnings, {
        body: { text: m.body, prefix: 'body' },
        subject: { text: m.subject, prefix: 'subject' },
      }),
    );
  }
  return {
    text: lines.join('\n'),
    json: { ...presentMessage(m, inv.zone), outcome: r.outcome },
    exitCode: r.outcome === 'sent' ? 0 : 1,
  };
}

function stateLabel(m: MessageView, zone: string): string {
  if (m.heldAt !== null) return 'HELD: may have been sent';
  if (m.state === 'sent' && m.sentAt !== null) return `sent ${when(m.sentAt, zone)}`;
  if (m.state === 'scheduled' && m.nextAttemptAt !== null)
    return `scheduled, next try ${when(m.nextAttemptAt, zone)}`;
  return m.state;
}

/** `afterview outbox [--all]`: unsent messages, held ones first in mind. */
export async function outbox(inv: Invocation): Promise<Output> {
  const list = await listOutbox(inv.ctx, { all: inv.values.all === true });
  const lines = list.map((m) => {
    const where =
      m.company === null ? '' : `  [${m.company}${m.role === null ? '' : ` · ${m.role}`}]`;
    const next =
      m.heldAt !== null
        ? `\n      check, then: afterview outbox confirm ${m.id}  or  afterview send ${m.id} --resend`
        : m.state === 'failed'
          ? `\n      failed: ${m.lastError ?? ''}`
          : '';
    return `#${m.id}  ${stateLabel(m, inv.zone)}  ${m.kind} by ${m.channel} to ${who(m)}${where}  (${summarize(m.findings)})${next}`;
  });
  return {
    text: lines.length === 0 ? 'The outbox is empty.' : lines.join('\n'),
    json: list.map((m) => presentMessage(m, inv.zone)),
  };
}

/** A forced send: what it was forced past, the reason given, who and when. */
const forcedLine = (m: MessageView, zone: string): string =>
  m.forced === null
    ? ''
    : `\nSent by force: "${m.forced.reason}" (${m.forced.by}, ${when(m.forced.at, zone)})`;

export async function show(inv: Invocation): Promise<Output> {
  const m = await getMessage(inv.ctx, inv.positionals[0] ?? '');
  return {
    text: `Message #${m.id}: ${m.kind} by ${m.channel}, ${stateLabel(m, inv.zone)}${forcedLine(m, inv.zone)}\n\n${messageText(m)}`,
    json: presentMessage(m, inv.zone),
  };
}

/** `afterview outbox edit MESSAGE [--subject S] [--body-file F] [--voicemail-file F] [--to P] [--address A]` */
export async function edit(inv: Invocation): Promise<Output> {
  const bodyFile = str(inv.values['body-file']);
  const vmFile = str(inv.values['voicemail-file']);
  const m = await editMessage(inv.ctx, inv.positionals[0] ?? '', {
    subject: str(inv.values.subject),
    body: bodyFile === undefined ? undefined : readInput(bodyFile, 'body-file'),
    voicemail: vmFile === undefined ? undefined : readInput(vmFile, 'voicemail-file'),
    to: str(inv.values.to),
    address: str(inv.values.address),
  });
  return {
    text: `Updated message #${m.id} (now a draft).\n\n${messageText(m)}`,
    json: presentMessage(m, inv.zone),
  };
}

export async function confirm(inv: Invocation): Promise<Output> {
  const m = await confirmSent(inv.ctx, inv.positionals[0] ?? '');
  return {
    text: `Recorded message #${m.id} as sent.${m.actionId === null ? '' : ` Action #${m.actionId} is done.`}`,
    json: presentMessage(m, inv.zone),
  };
}
