import { z } from 'zod';
import { STATUSES } from '../../domain/status.js';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  CHANNELS,
  INTERVIEW_KINDS,
  INTERVIEW_OUTCOMES,
  type Application,
  type Interview,
} from '../../domain/types.js';
import { at } from './action.js';

/**
 * One presenter per resource, shared by `--json` and the HTTP API: stable snake_case names,
 * instants with the user's offset, dates as YYYY-MM-DD. Each has a zod schema of its JSON
 * (`…Json`), which the presenter's return type is checked against and the OpenAPI document
 * describes responses with.
 */

export { at, presentAction } from './action.js';

/** Building blocks of response schemas. */
export const J = {
  instant: z.string().describe("an instant with the user's offset: 2026-03-09T10:00:00-04:00"),
  date: z.string().describe('a local date, YYYY-MM-DD'),
  id: z.number().int().positive(),
} as const;
const nullable = <T extends z.ZodType>(s: T) => s.nullable();

export const applicationJson = z.object({
  id: J.id,
  company: z.string(),
  company_id: J.id,
  role: z.string(),
  status: z.enum(STATUSES),
  url: nullable(z.string()),
  source: nullable(z.string()),
  location: nullable(z.string()),
  applied_on: nullable(J.date),
  notes: nullable(z.string()),
  created_at: nullable(J.instant),
  updated_at: nullable(J.instant),
});

export const actionJson = z.object({
  id: J.id,
  key: z.string(),
  kind: z.enum(ACTION_KINDS),
  title: z.string(),
  due: nullable(J.instant),
  earliest: nullable(J.instant),
  latest: nullable(J.instant),
  status: z.enum(ACTION_STATUSES),
  why: z.string(),
  seeds: z.array(z.string()),
  application_id: nullable(J.id),
  company: nullable(z.string()),
  role: nullable(z.string()),
  interview_id: nullable(J.id),
  contact_id: nullable(J.id),
  channel: nullable(z.enum(CHANNELS)),
  origin: z.string(),
  reason: nullable(z.string()),
  snoozed: z.boolean().describe('the user moved the due time; re-planning keeps it'),
  completed_at: nullable(J.instant),
});

export const interviewJson = z.object({
  id: J.id,
  application_id: J.id,
  round: z.number().int(),
  kind: z.enum(INTERVIEW_KINDS),
  state: z.string(),
  start: nullable(J.instant),
  duration_min: z.number().int(),
  time_zone: nullable(z.string()),
  location: nullable(z.string()),
  interviewers: z.array(
    z.object({ contact_id: nullable(J.id), name: z.string(), email: nullable(z.string()) }),
  ),
  late: z.boolean(),
  topics: z.array(z.string()),
  next_steps: nullable(z.string()),
  decision_by: nullable(J.date),
  follow_up_on: nullable(J.date),
  documents_owed: z.array(z.string()),
  skill_gaps: z.array(z.string()),
  outcome: nullable(z.enum(INTERVIEW_OUTCOMES)),
  notes: nullable(z.string()),
});

export const presentApplication = (
  a: Application,
  zone: string,
): z.output<typeof applicationJson> => ({
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

export const presentInterview = (i: Interview, zone: string): z.output<typeof interviewJson> => ({
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
