import { formatInstant } from '../../domain/time.js';
import type { Application, Interview } from '../../domain/types.js';
import type { ActionView } from '../../store/repos/actions.js';

/**
 * One presenter per resource, shared by `--json` and the HTTP API: stable snake_case names,
 * instants with the user's offset, dates as YYYY-MM-DD.
 */

/** An instant with the user's offset, or null: for every presenter. */
export const at = (i: string | null, zone: string): string | null =>
  i === null ? null : formatInstant(i, zone);

export const presentApplication = (a: Application, zone: string) => ({
  id: a.id,
  company: a.company,
  company_id: a.companyId,
  role: a.role,
  status: a.status,
  url: a.url,
  source: a.source,
  location: a.location,
  applied_on: a.appliedOn,
  notes: a.notes,
  created_at: at(a.createdAt, zone),
  updated_at: at(a.updatedAt, zone),
});

export const presentAction = (a: ActionView, zone: string) => ({
  id: a.id,
  key: a.key,
  kind: a.kind,
  title: a.title,
  due: at(a.due, zone),
  earliest: at(a.earliest, zone),
  latest: at(a.latest, zone),
  status: a.status,
  why: a.why,
  seeds: a.seeds,
  application_id: a.applicationId,
  company: a.company,
  role: a.role,
  interview_id: a.interviewId,
  contact_id: a.contactId,
  channel: a.channel,
  origin: a.origin,
  reason: a.reason,
  snoozed: a.userDue,
  completed_at: at(a.completedAt, zone),
});

export const presentInterview = (i: Interview, zone: string) => ({
  id: i.id,
  application_id: i.applicationId,
  round: i.round,
  kind: i.kind,
  state: i.state,
  start: at(i.startAt, zone),
  duration_min: i.durationMin,
  time_zone: i.timeZone,
  location: i.location,
  interviewers: i.interviewers.map((p) => ({
    contact_id: p.contactId,
    name: p.name,
    email: p.email,
  })),
  late: i.late,
  topics: i.topics,
  next_steps: i.nextSteps,
  decision_by: i.decisionBy,
  follow_up_on: i.followUpOn,
  documents_owed: i.documentsOwed,
  skill_gaps: i.skillGaps,
  outcome: i.outcome,
  notes: i.notes,
});
