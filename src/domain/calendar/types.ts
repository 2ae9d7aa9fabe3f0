import type { ActionKind, ActionStatus, Instant, InterviewKind, InterviewState } from '../types.js';

/** A stored action as the calendar needs it (the store reads only these columns: 10,000 fast). */
export interface CalendarAction {
  id: number;
  /** The stable planner key (or `manual:<uuid>`): the event's UID, so clients update in place. */
  key: string;
  kind: ActionKind;
  title: string;
  due: Instant;
  why: string;
  status: ActionStatus;
  applicationId: number | null;
  company: string | null;
  role: string | null;
  updatedAt: Instant;
}

export interface CalendarInterview {
  id: number;
  applicationId: number;
  round: number;
  kind: InterviewKind;
  state: InterviewState;
  startAt: Instant;
  durationMin: number;
  /** The interview's own zone, when it is not the user's (shown in the description). */
  timeZone: string | null;
  /** A street address or a meeting link. */
  location: string | null;
  interviewers: { name: string; email: string | null; title: string | null }[];
  company: string;
  role: string;
  notes: string | null;
  updatedAt: Instant;
}

export interface CalendarInput {
  actions: readonly CalendarAction[];
  interviews: readonly CalendarInterview[];
  /** The web app's address, `http://127.0.0.1:4747`: events link back to their application. */
  appUrl: string;
  /** The user's zone: the calendar's default (X-WR-TIMEZONE) and local times in descriptions. */
  zone: string;
  now: Instant;
}
