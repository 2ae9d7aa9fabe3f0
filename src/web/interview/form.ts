import { lines } from '../components/Field.js';

/** The log-interview form as typed; `body` turns it into the API's create/preview body. */
export interface InterviewForm {
  at: string;
  duration: string;
  kind: string;
  location: string;
  interviewers: string;
  topics: string;
  next_steps: string;
  decision_by: string;
  follow_up_on: string;
  late: boolean;
  owe: string;
  notes: string;
}

export const EMPTY_INTERVIEW: InterviewForm = {
  at: '',
  duration: '60m',
  kind: 'video',
  location: '',
  interviewers: '',
  topics: '',
  next_steps: '',
  decision_by: '',
  follow_up_on: '',
  late: false,
  owe: '',
  notes: '',
};

/** The API body: empty fields left out (unknown, not blank), lists split one item per line. */
export function interviewBody(applicationId: number, f: InterviewForm): Record<string, unknown> {
  const body: Record<string, unknown> = { application_id: applicationId, late: f.late };
  const text = [
    'at',
    'duration',
    'kind',
    'location',
    'next_steps',
    'decision_by',
    'follow_up_on',
    'notes',
  ] as const;
  for (const k of text) if (f[k].trim() !== '') body[k] = f[k].trim();
  const list = { interviewers: f.interviewers, topics: f.topics, owe: f.owe };
  for (const [k, v] of Object.entries(list)) {
    const items = lines(v);
    if (items.length > 0) body[k] = items;
  }
  return body;
}
