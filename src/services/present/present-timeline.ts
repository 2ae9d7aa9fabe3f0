import { formatInstant } from '../../domain/time.js';
import type { AppEvent, Contact } from '../../domain/types.js';
import { presentMessage } from './present-message.js';
import { at, presentAction, presentApplication, presentInterview } from './present.js';
import type { ApplicationTimeline } from '../applications/timeline.js';

/** Presenters for the application timeline (events, contacts), like the others: snake_case. */

export const presentEvent = (e: AppEvent, zone: string) => ({
  id: e.id,
  kind: e.kind,
  from_status: e.fromStatus,
  to_status: e.toStatus,
  note: e.note,
  at: formatInstant(e.at, zone),
});

export const presentContact = (c: Contact, zone: string) => ({
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

export const presentTimeline = (t: ApplicationTimeline, zone: string) => ({
  application: presentApplication(t.application, zone),
  events: t.events.map((e) => presentEvent(e, zone)),
  interviews: t.interviews.map((i) => presentInterview(i, zone)),
  actions: t.actions.map((a) => presentAction(a, zone)),
  messages: t.messages.map((m) => presentMessage(m, zone)),
  contacts: t.contacts.map((c) => presentContact(c, zone)),
});
