import { json, optional, option, repeated, toggle, type Command } from '../spec.js';

/** After an interview: the debrief, the question bank; before the next: the brief. */
export const commands: Command[] = [
  {
    name: 'debrief',
    summary: 'assess an interview: checklist, lessons, questions (prompts in a terminal)',
    positionals: ['INTERVIEW'],
    flags: {
      'on-time': option(
        'were you on time? yes, partly or no, optionally "partly: a note"',
        'ANSWER',
      ),
      researched: option('did you research the organisation and role well?', 'ANSWER'),
      dressed: option('were you dressed appropriately?', 'ANSWER'),
      conversation: option('was the interview like a conversation?', 'ANSWER'),
      connected: option('did you connect with the interviewer?', 'ANSWER'),
      intro: option('was the introduction smooth and comfortable?', 'ANSWER'),
      awkward: option('was there anything awkward or uncomfortable?', 'ANSWER'),
      overall: option('overall self-rating, 1 poor … 4 strong', 'N'),
      'went-well': repeated('what went well, once per item'),
      improve: repeated('what to improve, once per item'),
      issue: repeated('an issue that surfaced, once per issue'),
      owe: repeated('a document you still owe, once per document (becomes an action)'),
      gap: repeated('a skill gap, once per gap (becomes an action)'),
      addressed: repeated('a skill to build this interview shows you addressed (afterview skills)'),
      question: repeated(
        'a question: "QUESTION | HOW I ANSWERED | RATING 1-4 | BETTER ANSWER" (later parts optional; \\| for a pipe)',
        'ROW',
      ),
      interactive: toggle('ask for every field, even when not in a terminal'),
      json,
    },
    load: async () => (await import('./debrief.js')).debrief,
  },
  {
    name: 'debrief show',
    summary: 'the saved debrief of an interview',
    positionals: ['INTERVIEW'],
    flags: { json },
    load: async () => (await import('./debrief.js')).show,
  },
  {
    name: 'debrief trends',
    summary: 'checklist score and answer ratings per interview, over time',
    positionals: [],
    flags: { json },
    load: async () => (await import('./debrief.js')).trends,
  },
  {
    name: 'brief',
    summary: 'what to read before an upcoming interview',
    positionals: [optional('INTERVIEW', 'the upcoming interview (or give --action)')],
    flags: {
      action: option('the brief of the interview this action is for', 'ACTION'),
      json,
    },
    load: async () => (await import('./brief.js')).brief,
  },
  {
    name: 'questions review',
    summary: 'review the better answers that are due (--json lists them)',
    positionals: [],
    flags: { limit: option('at most this many cards', 'N'), json },
    load: async () => (await import('./questions.js')).review,
  },
  {
    name: 'questions list',
    summary: 'the question bank',
    positionals: [],
    flags: {
      due: toggle('only cards due now'),
      limit: option('at most this many', 'N'),
      json,
    },
    load: async () => (await import('./questions.js')).list,
  },
  {
    name: 'questions show',
    summary: 'one question: where it was asked, the better answer, its reviews',
    positionals: ['QUESTION'],
    flags: { json },
    load: async () => (await import('./questions.js')).show,
  },
  {
    name: 'questions rate',
    summary: 'record one review without the session (1-4 works too)',
    positionals: ['QUESTION', { name: 'RATING', help: 'again, hard, good or easy (or 1-4)' }],
    flags: { json },
    load: async () => (await import('./questions.js')).rate,
  },
];
