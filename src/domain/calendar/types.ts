import type { Action, Instant, Interview } from '../types.js';

/**
 * A stored action as the calendar needs it (the store reads only these columns: 10,000 fast).
 * Its `key` (the stable planner key, or `manual:<uuid>`) is the event's UID, so clients update
 * the event in place.
 */
export type CalendarAction = Pick<
  Action,
  'id' | 'key' | 'kind' | 'title' | 'due' | 'why' | 'status' | 'applicationId' | 'updatedAt'
> & {
  company: string | null;
  role: string | null;
};

/** An interview as the calendar needs it, with its interviewers' names and its application. */
export type CalendarInterview = Pick<
  Interview,
  | 'id'
  | 'applicationId'
  | 'round'
  | 'kind'
  | 'state'
  | 'startAt'
  | 'durationMin'
  | 'timeZone'
  | 'location'
  | 'notes'
> & {
  interviewers: { name: string; email: string | null; title: string | null }[];
  company: string;
  role: string;
  updatedAt: Instant;
};

export interface CalendarInput {
  actions: readonly CalendarAction[];
  interviews: readonly CalendarInterview[];
  /** The web app's address, `http://127.0.0.1:4747`: events link back to their application. */
  appUrl: string;
  /** The user's zone: the calendar's default (X-WR-TIMEZONE) and local times in descriptions. */
  zone: string;
  now: Instant;
}
