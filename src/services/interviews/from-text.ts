import { parseInput } from '../input.js';
import {
  recordInterviewInput,
  updateInterviewInput,
  type RecordInterviewInput,
  type UpdateInterviewInput,
} from './schema.js';

/**
 * Interview fields as a person types them (`45m`, `"Name <email>"`, local date-times): the CLI's
 * flags, and the demo data and tests, which are written the same way. They go through the one
 * input schema like a JSON body does.
 */
export interface InterviewText {
  at?: string;
  duration?: string;
  kind?: string;
  location?: string;
  timeZone?: string;
  interviewers?: string[];
  topics?: string[];
  nextSteps?: string;
  decisionBy?: string;
  followUpOn?: string;
  late?: boolean;
  owe?: string[];
  gaps?: string[];
  notes?: string;
  outcome?: string;
  cancel?: boolean;
}

const fields = (f: InterviewText) => ({
  at: f.at,
  duration: f.duration,
  kind: f.kind,
  location: f.location,
  time_zone: f.timeZone,
  interviewers: f.interviewers,
  topics: f.topics,
  next_steps: f.nextSteps,
  decision_by: f.decisionBy,
  follow_up_on: f.followUpOn,
  late: f.late,
  owe: f.owe,
  gaps: f.gaps,
  notes: f.notes,
});

export const recordFromText = (
  zone: string,
  applicationId: number,
  f: InterviewText,
  mode?: 'log' | 'schedule',
): RecordInterviewInput =>
  parseInput(recordInterviewInput(zone), { application_id: applicationId, mode, ...fields(f) });

export const updateFromText = (zone: string, f: InterviewText): UpdateInterviewInput =>
  parseInput(updateInterviewInput(zone), { ...fields(f), outcome: f.outcome, cancel: f.cancel });
