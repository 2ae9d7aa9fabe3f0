import { summarize } from '../../domain/check/check.js';
import { draftForAction, type MessageView } from '../../services/messages/drafts.js';
import { presentMessage } from '../../services/present/present-message.js';
import { str } from '../format.js';
import type { Invocation, Output } from '../spec.js';
import { findingLines } from './check.js';

const to = (m: MessageView): string =>
  m.recipientName === null
    ? 'nobody named yet'
    : `${m.recipientName}${m.recipientEmail === null ? '' : ` <${m.recipientEmail}>`}`;

/** The message as a person reads it, then its check findings with line:column per field. */
export function messageText(m: MessageView): string {
  const head = [
    `To: ${to(m)}${m.company === null ? '' : ` (${m.company}${m.role === null ? '' : ` · ${m.role}`})`}`,
    ...(m.recipientAddress.length > 0 ? [`Address: ${m.recipientAddress.join(', ')}`] : []),
    ...(m.channel === 'email' || m.channel === 'letter' ? [`Subject: ${m.subject}`] : []),
  ];
  const parts = [head.join('\n'), m.body];
  if (m.voicemail !== null) parts.push(`Voicemail (≤ 75 words):\n${m.voicemail}`);
  const findings = findingLines(m.findings, {
    subject: { text: m.subject, prefix: 'subject' },
    body: { text: m.body, prefix: 'body' },
    voicemail: { text: m.voicemail ?? '', prefix: 'voicemail' },
  });
  parts.push([`Check: ${summarize(m.findings)}`, ...findings].join('\n'));
  return parts.join('\n\n');
}

/** `afterview draft ACTION [--channel C] [--kind K] [--template T] [--to "Name <email>"]` */
export async function draft(inv: Invocation): Promise<Output> {
  const { message: m, created } = await draftForAction(inv.ctx, inv.positionals[0] ?? '', {
    channel: str(inv.values.channel),
    kind: str(inv.values.kind),
    template: str(inv.values.template),
    to: str(inv.values.to),
  });
  const verb = created ? 'Drafted' : 'Drafted again';
  const errors = m.findings.some((f) => f.severity === 'error');
  const next = errors
    ? `Next: fix the errors (afterview outbox edit ${m.id} …), then afterview send ${m.id}`
    : `Next: afterview send ${m.id}`;
  return {
    text: `${verb} message #${m.id} for action #${m.actionId ?? '?'}: ${m.kind} by ${m.channel}, template ${m.templateId ?? '?'}.\n\n${messageText(m)}\n\n${next}`,
    json: { ...presentMessage(m, inv.zone), created },
  };
}
