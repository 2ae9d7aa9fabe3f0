import type { Template } from '../../domain/compose/types.js';
import type { Finding } from '../../domain/types.js';
import type { MessageView } from '../../store/repos/messages.js';
import { at } from './present.js';

/** Presenters for messages, findings and templates: stable snake_case, instants with offsets. */

export const presentFinding = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  field: f.field,
  start: f.start,
  end: f.end,
  remedy: f.remedy ?? null,
});

export const presentMessage = (m: MessageView, zone: string) => ({
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

export const presentTemplate = (t: Template) => ({
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
