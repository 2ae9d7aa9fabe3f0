import { formatInstant } from '../../domain/time.js';
import type { AppEvent, Contact } from '../../domain/types.js';
import { z } from 'zod';
import { STATUSES } from '../../domain/status.js';
import { EVENT_KINDS, RELATIONSHIPS } from '../../domain/types.js';
import { messageJson, presentMessage } from './present-message.js';
import {
  J,
  actionJson,
  applicationJson,
  at,
  interviewJson,
  presentAction,
  presentApplication,
  presentInterview,
} from './present.js';
import type { ApplicationTimeline } from '../applications/timeline.js';

/** Presenters for the application timeline (events, contacts), like the others: snake_case. */

export const eventJson = z.object({
  id: J.id,
  kind: z.enum(EVENT_KINDS),
  from_status: z.enum(STATUSES).nullable(),
  to_status: z.enum(STATUSES).nullable(),
  note: z.string().nullable(),
  at: J.instant,
});

export const timelineContactJson = z.object({
  id: J.id,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  company_id: J.id.nullable(),
  linkedin_url: z.string().nullable(),
  relationship: z.enum(RELATIONSHIPS),
  last_contacted_at: J.instant.nullable(),
});

export const timelineJson = z.object({
  application: applicationJson,
  events: z.array(eventJson),
  interviews: z.array(interviewJson),
  actions: z.array(actionJson),
  messages: z.array(messageJson),
  contacts: z.array(timelineContactJson),
});

export const presentEvent = (e: AppEvent, zone: string): z.output<typeof eventJson> => ({
  id: e.id,
  kind: e.kind,
  from_status: e.fromStatus,
  to_status: e.toStatus,
  note: e.note,
  at: formatInstant(e.at, zone),
});

export const presentContact = (c: Contact, zone: string): z.output<typeof timelineContactJson> => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  title: c.title,
  company_id: c.companyId,
  linkedin_url: c.linkedinUrl,
  relationship: c.relationship,
  last_contacted_at: at(c.lastContactedAt, zone),
});

export const presentTimeline = (
  t: ApplicationTimeline,
  zone: string,
): z.output<typeof timelineJson> => ({
  application: presentApplication(t.application, zone),
  events: t.events.map((e) => presentEvent(e, zone)),
  interviews: t.interviews.map((i) => presentInterview(i, zone)),
  actions: t.actions.map((a) => presentAction(a, zone)),
  messages: t.messages.map((m) => presentMessage(m, zone)),
  contacts: t.contacts.map((c) => presentContact(c, zone)),
});
