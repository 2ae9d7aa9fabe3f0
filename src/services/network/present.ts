import { z } from 'zod';
import { CONTACT_SOURCES, RELATIONSHIPS } from '../../domain/types.js';
import type { ContactRow } from '../../store/repos/contacts.js';
import { J, at } from '../present/present.js';
import type { ContactDetail } from './contacts.js';

/** The JSON of contacts, shared by `--json` and the API (snake_case, instants with offsets). */

const nullable = <T extends z.ZodType>(s: T) => s.nullable();

export const contactJson = z.object({
  id: J.id,
  name: z.string(),
  email: nullable(z.string()),
  phone: nullable(z.string()),
  title: nullable(z.string()),
  company: nullable(z.string()).describe('the employer as written, else your company they are at'),
  company_id: nullable(J.id).describe('your company (one you applied to) they work at'),
  linkedin_url: nullable(z.string()),
  relationship: z.enum(RELATIONSHIPS),
  notes: nullable(z.string()),
  source: z.enum(CONTACT_SOURCES),
  connected_on: nullable(J.date),
  last_contacted_at: nullable(J.instant),
});
export type ContactJson = z.infer<typeof contactJson>;

export const contactDetailJson = contactJson.extend({
  applications: z.array(
    z.object({
      id: J.id,
      company: z.string(),
      role: z.string(),
      status: z.string(),
      via: z.enum(['interviewer', 'message', 'action', 'offer', 'company']),
    }),
  ),
  messages: z.array(
    z.object({
      id: J.id,
      kind: z.string(),
      channel: z.string(),
      state: z.string(),
      subject: z.string(),
      application_id: nullable(J.id),
      sent_at: nullable(J.instant),
      created_at: J.instant,
    }),
  ),
});
export type ContactDetailJson = z.infer<typeof contactDetailJson>;

export const presentContactRow = (c: ContactRow, zone: string): ContactJson => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  title: c.title,
  company: c.employer ?? c.company,
  company_id: c.companyId,
  linkedin_url: c.linkedinUrl,
  relationship: c.relationship,
  notes: c.notes,
  source: c.source,
  connected_on: c.connectedOn,
  last_contacted_at: at(c.lastContactedAt, zone),
});

export const presentContactDetail = (c: ContactDetail, zone: string): ContactDetailJson => ({
  ...presentContactRow(c, zone),
  applications: c.applications.map((a) => ({
    ...a,
    via: a.via as ContactDetailJson['applications'][number]['via'],
  })),
  messages: c.messages.map((m) => ({
    id: m.id,
    kind: m.kind,
    channel: m.channel,
    state: m.state,
    subject: m.subject,
    application_id: m.applicationId,
    sent_at: at(m.sentAt, zone),
    created_at: at(m.createdAt, zone) ?? m.createdAt,
  })),
});

export const contactListJson = z.object({
  total: z.number().int(),
  contacts: z.array(contactJson),
});
