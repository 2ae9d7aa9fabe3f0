import { json, option, repeated, toggle, type Command, type Flag } from '../spec.js';

const at = option('when it starts: 2026-03-06T14:00 (local) or with an offset', 'DATETIME');

const interviewFlags: Record<string, Flag> = {
  at,
  duration: option('how long, e.g. 45m, 1h30m (default 60m)', 'DURATION'),
  kind: option('phone, video, onsite, technical, panel or final (default video)', 'KIND'),
  location: option('address or meeting link'),
  'time-zone': option("the interview's own time zone, if not yours", 'ZONE'),
  interviewer: repeated('"Name <email>", once per interviewer', 'PERSON'),
  topic: repeated('a topic discussed, once per topic'),
  'next-steps': option('what they said happens next'),
  'decision-by': option('when they said they would decide', 'DATE'),
  'follow-up-on': option('when they said to follow up', 'DATE'),
  late: toggle('you were late: thank-you notes thank them for their patience'),
  owe: repeated('a document you promised to send, once per document'),
  gap: repeated('a skill gap that surfaced, once per gap'),
  notes: option('free notes'),
  json,
};

/** Logging and scheduling need a start; an update changes only what it is given. */
const recordFlags: Record<string, Flag> = {
  ...interviewFlags,
  at: { ...at, required: true },
};

export const commands: Command[] = [
  {
    name: 'interview log',
    summary: 'record an interview you had, and plan what follows',
    positionals: ['APP'],
    flags: recordFlags,
    load: async () => (await import('./interview.js')).log,
  },
  {
    name: 'interview schedule',
    summary: 'record an upcoming interview',
    positionals: ['APP'],
    flags: recordFlags,
    load: async () => (await import('./interview.js')).schedule,
  },
  {
    name: 'interview update',
    summary: 'change an interview; its pending actions move with it',
    positionals: ['INTERVIEW'],
    flags: {
      ...interviewFlags,
      outcome: option('advanced, offer, rejected or none', 'OUTCOME'),
      cancel: toggle('the interview was cancelled'),
    },
    load: async () => (await import('./interview.js')).update,
  },
];
