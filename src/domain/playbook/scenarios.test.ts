import { describe, expect, it } from 'vitest';
import {
  anEvent,
  anInterview,
  adviceProblems,
  aStoredRef,
  DANA,
  doneRef,
  FOX,
  nextRound,
  oneApp,
  planAll,
  scenarioProblems,
  type Scenario,
} from './test/builders.js';
import { FRAMES } from './test/frames.js';

/**
 * Scenarios from the seed articles, as a table (the runner is `scenarioProblems` in builders.ts).
 * Unless a row says otherwise: application 1 at Northwind, interview 10 held Friday 2026-10-30
 * 14:45–15:45 in Toronto (EDT; DST ends two days later) with Dana Scully (contact 100), a
 * healthy pipeline, default settings, planned at 2026-10-30 16:00.
 */

const held = anInterview();

/** Right after the interview: debrief, thank-you notes, the follow-up sequence and what stops it. */
const AFTER_INTERVIEW: Scenario[] = [
  // debrief (000, 001, 003)
  {
    name: 'debrief two hours after the end, by the end of that day',
    seeds: ['000', '001', '003'],
    state: oneApp(),
    expect: [
      {
        key: 'debrief:i10',
        status: 'pending',
        due: '2026-10-30T21:45:00.000Z',
        latest: '2026-10-31T03:59:59.999Z',
        why: /checklist.*\(seeds 000, 001, 003\)$/,
        interviewId: 10,
      },
    ],
  },
  // thank_you (001, 002, 003, 004)
  {
    name: 'one e-mailed thank-you per interviewer, within 24 hours',
    seeds: ['001', '003'],
    state: oneApp({ interviews: [anInterview({ interviewers: [DANA, FOX, DANA] })] }),
    expect: [
      {
        key: 'thank_you:i10:c100',
        title: /Dana Scully/,
        due: '2026-10-30T22:45:00.000Z',
        latest: '2026-10-31T19:45:00.000Z',
        channel: 'email',
        contactId: 100,
        why: /asking for nothing.*\(seeds 001, 002, 003, 004\)$/,
      },
      { key: 'thank_you:i10:c101', title: /Fox Mulder/, contactId: 101 },
    ],
    absent: ['thank_you:i10:team'],
  },
  {
    name: 'one note to the hiring team when no interviewer was named',
    seeds: ['001'],
    state: oneApp({ interviews: [anInterview({ interviewers: [] })] }),
    expect: [{ key: 'thank_you:i10:team', title: /hiring team at Northwind/, contactId: null }],
  },
  {
    name: 'late: the note thanks them for their patience',
    seeds: ['002'],
    state: oneApp({ interviews: [anInterview({ late: true })] }),
    expect: [{ key: 'thank_you:i10:c100', title: /patience/, why: /patience/ }],
  },
  {
    name: 'on time: no patience line',
    seeds: ['002'],
    state: oneApp(),
    expect: [{ key: 'thank_you:i10:c100', title: /^E-mail a thank-you note to Dana Scully$/ }],
  },
  {
    name: 'a mailed letter is posted the next business day (Monday after a Friday)',
    seeds: ['002', '004'],
    settings: { thankYouChannel: 'letter' },
    state: oneApp(),
    expect: [
      {
        key: 'thank_you:i10:c100',
        channel: 'letter',
        title: /Post a thank-you letter/,
        due: '2026-11-02T14:00:00.000Z',
        latest: '2026-11-02T22:00:00.000Z',
      },
    ],
  },
  {
    name: 'a drop-off card goes in business hours the next business day',
    seeds: ['004'],
    settings: { thankYouChannel: 'drop_off' },
    state: oneApp({ interviews: [anInterview({ late: true })] }),
    expect: [
      {
        key: 'thank_you:i10:c100',
        channel: 'drop_off',
        title: /Drop off .* at Northwind, and thank them for their patience/,
        earliest: '2026-11-02T14:00:00.000Z',
        due: '2026-11-02T14:00:00.000Z',
        latest: '2026-11-02T22:00:00.000Z',
      },
    ],
  },
  // follow_up (001, 003, 004)
  {
    name: 'follow up on the date they gave',
    seeds: ['001'],
    state: oneApp({
      interviews: [anInterview({ followUpOn: '2026-11-12', decisionBy: '2026-11-05' })],
    }),
    expect: [
      {
        key: 'follow_up:i10:1',
        due: '2026-11-12T15:00:00.000Z',
        why: /date they gave/,
        channel: 'email',
        contactId: 100,
      },
    ],
  },
  {
    name: 'follow up the business day after their decision date (Friday → Monday)',
    seeds: ['001', '004'],
    state: oneApp({ interviews: [anInterview({ decisionBy: '2026-11-06' })] }),
    expect: [{ key: 'follow_up:i10:1', due: '2026-11-09T15:00:00.000Z', why: /decide by/ }],
  },
  {
    name: 'no date given: a week after, at 10:00',
    seeds: ['001'],
    state: oneApp(),
    expect: [
      {
        key: 'follow_up:i10:1',
        status: 'pending',
        due: '2026-11-06T15:00:00.000Z',
        title: /Follow up with Dana Scully about the Data Analyst role/,
        why: /about a week.*\(seeds 001, 003\)$/,
      },
    ],
    absent: ['follow_up:i10:2', 'suggest_ghosted:i10', 'keep_warm:a1'],
  },
  {
    name: 'a date they gave before the interview ended cannot be honoured: the next slot after it',
    seeds: ['001'],
    state: oneApp({ interviews: [anInterview({ followUpOn: '2026-10-30' })] }),
    expect: [{ key: 'follow_up:i10:1', due: '2026-11-02T15:00:00.000Z' }],
  },
  {
    name: '#2 by phone with a voicemail, a week after #1 was sent',
    seeds: ['004'],
    state: oneApp({ actions: [doneRef('follow_up:i10:1', '2026-11-06T16:30:00.000Z')] }),
    expect: [
      {
        key: 'follow_up:i10:2',
        due: '2026-11-13T15:00:00.000Z',
        channel: 'phone',
        title: /^Call Dana Scully.*leave a voicemail/,
        why: /\(seed 004\)$/,
      },
    ],
    absent: ['follow_up:i10:3'],
  },
  {
    name: '#2 waits while #1 is not done (skipped does not count)',
    seeds: ['001'],
    state: oneApp({ actions: [aStoredRef({ key: 'follow_up:i10:1', status: 'skipped' })] }),
    expect: [{ key: 'follow_up:i10:1' }],
    absent: ['follow_up:i10:2'],
  },
  {
    name: '#3 a short final e-mail two weeks after #2',
    seeds: ['001', '004'],
    state: oneApp({
      actions: [
        doneRef('follow_up:i10:1', '2026-11-06T16:30:00.000Z'),
        doneRef('follow_up:i10:2', '2026-11-13T15:00:00.000Z'),
      ],
    }),
    expect: [
      { key: 'follow_up:i10:3', due: '2026-11-27T15:00:00.000Z', channel: 'email', title: /final/ },
    ],
    absent: ['suggest_ghosted:i10'],
  },
  {
    name: 'cap reached: suggest ghosted a week later, keep warm at +60 days',
    seeds: ['001', '003', '004'],
    state: oneApp({
      actions: [
        doneRef('follow_up:i10:1', '2026-11-06T16:30:00.000Z'),
        doneRef('follow_up:i10:2', '2026-11-13T15:00:00.000Z'),
        doneRef('follow_up:i10:3', '2026-11-27T15:00:00.000Z'),
      ],
    }),
    expect: [
      {
        key: 'suggest_ghosted:i10',
        due: '2026-12-04T15:00:00.000Z',
        title: /ghosted/,
        status: 'pending',
      },
      { key: 'keep_warm:a1', due: '2027-01-26T15:00:00.000Z', status: 'pending', contactId: 100 },
    ],
  },
  {
    name: 'a cap of 1: no phone call, suggest ghosted after the first follow-up',
    seeds: ['001'],
    settings: { followUpCap: 1 },
    state: oneApp({ actions: [doneRef('follow_up:i10:1', '2026-11-06T16:30:00.000Z')] }),
    expect: [
      { key: 'suggest_ghosted:i10', due: '2026-11-13T16:30:00.000Z', title: /after 1 follow-up:/ },
      { key: 'keep_warm:a1', due: '2027-01-05T16:30:00.000Z' },
    ],
    absent: ['follow_up:i10:2'],
  },
  {
    name: 'follow-ups switched off',
    seeds: ['001'],
    settings: { followUpEnabled: false },
    state: oneApp(),
    expect: [{ key: 'debrief:i10' }],
    absent: ['follow_up:i10:1'],
  },
  {
    name: 'the latest held interview owns the sequence',
    seeds: ['001'],
    state: oneApp({
      interviews: [held, anInterview({ id: 12, round: 2, startAt: '2026-11-10T15:00:00.000Z' })],
    }),
    expect: [
      { key: 'follow_up:i10:1', status: 'cancelled', reason: 'next interview scheduled' },
      { key: 'follow_up:i12:1', status: 'pending', due: '2026-11-17T15:00:00.000Z' },
    ],
  },
  // cancel
  {
    name: 'a reply cancels pending follow-ups, not the thank-you',
    seeds: ['004'],
    state: oneApp({ events: [anEvent({ kind: 'reply', at: '2026-11-03T15:00:00.000Z' })] }),
    expect: [
      { key: 'follow_up:i10:1', status: 'cancelled', reason: 'they replied' },
      { key: 'thank_you:i10:c100', status: 'pending' },
    ],
  },
  {
    name: 'a reply before the interview does not cancel',
    seeds: ['001'],
    state: oneApp({ events: [anEvent({ kind: 'reply', at: '2026-10-20T15:00:00.000Z' })] }),
    expect: [{ key: 'follow_up:i10:1', status: 'pending' }],
  },
  {
    name: 'a next interview cancels follow-ups; prepare the evening before (000)',
    seeds: ['000', '004'],
    state: oneApp({ interviews: [held, nextRound('2026-11-10T15:00:00.000Z')] }),
    expect: [
      { key: 'follow_up:i10:1', status: 'cancelled', reason: 'next interview scheduled' },
      {
        key: 'prep_next_round:i11',
        status: 'pending',
        due: '2026-11-09T23:00:00.000Z',
        why: /next steps.*\(seeds 000, 001, 004\)$/,
        interviewId: 11,
        contactId: 101,
      },
    ],
  },
  {
    name: 'a cancelled interview plans nothing',
    seeds: ['000'],
    state: oneApp({ interviews: [anInterview({ state: 'cancelled' })] }),
    expect: [],
    absent: ['debrief:i10', 'thank_you:i10:c100', 'follow_up:i10:1', 'prep_next_round:i10'],
  },
  {
    name: 'an outcome recorded on the interview stops its follow-ups',
    seeds: ['004'],
    state: oneApp({ interviews: [anInterview({ outcome: 'advanced' })] }),
    expect: [{ key: 'follow_up:i10:1', status: 'cancelled', reason: /outcome.*advanced/ }],
  },
];

describe('playbook scenarios from the seeds', () => {
  // Each row in three zones and before both DST changes of a year, in local time (frames.ts).
  describe.each(FRAMES.map((f) => [f.name, f] as const))('%s', (_frame, frame) => {
    it.each(AFTER_INTERVIEW.map((s) => [s.name, s] as const))('%s', (_name, s) => {
      expect(scenarioProblems(s, frame)).toEqual([]);
    });
  });

  it('every action cites its seeds at the end of its advice and has a rule origin', () => {
    const all = planAll(AFTER_INTERVIEW);
    expect([...new Set(all.map((a) => a.kind))].sort()).toEqual(
      [
        'continue_search',
        'debrief',
        'thank_you',
        'follow_up',
        'suggest_ghosted',
        'keep_warm',
        'network',
        'salary_research',
        'prep_next_round',
      ].sort(),
    );
    expect(adviceProblems(all)).toEqual([]);
  });
});
