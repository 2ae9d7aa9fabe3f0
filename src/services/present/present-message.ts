import { z } from 'zod';
import type { Remedy } from '../../domain/errors.js';
import type { Template } from '../../domain/compose/types.js';
import { CHANNELS, MESSAGE_STATES, type Finding } from '../../domain/types.js';
import type { MessageView } from '../../store/repos/messages.js';
import { J, at } from './present.js';

/** Presenters for messages, findings and templates: stable snake_case, instants with offsets. */

export const findingJson = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  field: z.enum(['subject', 'body', 'voicemail', 'recipient']),
  start: z.number().int().describe('UTF-16 offset into the field; start = end: the whole note'),
  end: z.number().int(),
  remedy: z
    .custom<Remedy>()
    .nullable()
    .describe('what the user can do about it, as data ({ do: …, … }); null when nothing'),
});

export const forcedJson = z
  .object({
    reason: z.string().describe('the reason given for forcing it'),
    by: z.string().describe('who forced it'),
    at: J.instant,
  })
  .nullable()
  .describe('set when the send was forced past check errors or the spacing guard');

const nullable = <T extends z.ZodType>(s: T) => s.nullable();

export const messageJson = z.object({
  id: J.id,
  kind: z.string(),
  channel: z.enum(CHANNELS),
  state: z.enum(MESSAGE_STATES),
  held: z.boolean(),
  action_id: nullable(J.id),
  application_id: nullable(J.id),
  interview_id: nullable(J.id),
  contact_id: nullable(J.id),
  company: nullable(z.string()),
  role: nullable(z.string()),
  recipient: z.object({
    name: nullable(z.string()),
    email: nullable(z.string()),
    address: z.array(z.string()),
  }),
  template: nullable(z.string()),
  subject: z.string(),
  body: z.string(),
  voicemail: nullable(z.string()),
  findings: z.array(findingJson),
  forced: forcedJson,
  attempts: z.number().int(),
  next_attempt_at: nullable(J.instant),
  last_error: nullable(z.string()),
  via: nullable(z.string()),
  message_id: nullable(z.string()),
  transport_response: nullable(z.string()),
  file: nullable(z.string()),
  held_at: nullable(J.instant),
  sent_at: nullable(J.instant),
  created_at: nullable(J.instant),
  updated_at: nullable(J.instant),
});

export const presentFinding = (f: Finding): z.output<typeof findingJson> => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  field: f.field,
  start: f.start,
  end: f.end,
  remedy: f.remedy ?? null,
});

export const presentMessage = (m: MessageView, zone: string): z.output<typeof messageJson> => ({
  id: m.id,
  kind: m.kind,
  channel: m.channel,
  state: m.state,
  /** In `sending` after a crash: waits for `outbox confirm` or `send --resend`. */
  held: m.heldAt !== null,
  action_id: m.actionId,
  application_id: m.applicationId,
  interview_id: m.interviewId,
  contact_id: m.contactId,
  company: m.company,
  role: m.role,
  recipient: { name: m.recipientName, email: m.recipientEmail, address: m.recipientAddress },
  template: m.templateId,
  subject: m.subject,
  body: m.body,
  voicemail: m.voicemail,
  findings: m.findings.map(presentFinding),
  forced:
    m.forced === null
      ? null
      : { reason: m.forced.reason, by: m.forced.by, at: at(m.forced.at, zone) ?? m.forced.at },
  attempts: m.attempts,
  next_attempt_at: at(m.nextAttemptAt, zone),
  last_error: m.lastError,
  via: m.via,
  message_id: m.transportId,
  transport_response: m.transportResponse,
  file: m.artifactPath,
  held_at: at(m.heldAt, zone),
  sent_at: at(m.sentAt, zone),
  created_at: at(m.createdAt, zone),
  updated_at: at(m.updatedAt, zone),
});

export const templateJson = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  channels: z.array(z.enum(CHANNELS)).readonly(),
  builtin: z.boolean(),
  subject: z.string().nullable(),
  body: z.string(),
  voicemail: z.string().nullable(),
  rationale: z.string().nullable(),
  seeds: z.array(z.string()).readonly(),
});

export const presentTemplate = (t: Template): z.output<typeof templateJson> => ({
  id: t.id,
  name: t.name,
  kind: t.kind,
  channels: t.channels,
  builtin: t.builtin,
  subject: t.subject,
  body: t.body,
  voicemail: t.voicemail,
  rationale: t.rationale,
  seeds: t.seeds,
});
