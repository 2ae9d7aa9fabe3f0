import { describe, expect, it } from 'vitest';
import type { PlannedAction } from '../types.js';
import {
  anApplication,
  anAppState,
  anInterview,
  aPlanState,
  aStatusEvent,
  doneRef,
  nextRound,
  oneApp,
  adviceProblems,
  planAll,
  scenarioProblems,
  SCENARIO_NOW as NOW,
  somePolicy,
  withStatus,
  type Scenario,
} from './test/builders.js';
import { FRAMES } from './test/frames.js';
import { plan } from './plan.js';

/**
 * Scenarios from the seed articles, as a table (the runner is `scenarioProblems` in builders.ts).
 * Unless a row says otherwise: application 1 at Northwind, interview 10 held Friday 2026-10-30
 * 14:45–15:45 in Toronto (EDT; DST ends two days later) with Dana Scully (contact 100), a
 * healthy pipeline, default settings, planned at 2026-10-30 16:00.
 */

const held = anInterview();

/** What follows from outcomes and the wider search: offers, rejections, documents, network… */
const OUTCOME_SCENARIOS: Scenario[] = [
  // offer (000)
  {
    name: 'an offer: evaluate now, negotiate tomorrow, decide a day before the deadline',
    seeds: ['000'],
    state: withStatus('offer', '2026-11-20T20:00:00.000Z', {
      offers: [
        { id: 7, deadline: '2026-11-27T22:00:00.000Z' },
        { id: 8, deadline: null },
      ],
    }),
    expect: [
      { key: 'follow_up:i10:1', status: 'cancelled', reason: 'you have an offer' },
      { key: 'debrief:i10', status: 'pending' },
      { key: 'offer_evaluate:a1', due: '2026-11-20T20:00:00.000Z', title: /must-have/ },
      {
        key: 'offer_negotiate:a1',
        due: '2026-11-21T20:00:00.000Z',
        title: /salary, vacation, start date, schedule/,
      },
      { key: 'offer_decide:o7', due: '2026-11-26T22:00:00.000Z', title: /deadline 2026-11-27/ },
    ],
    absent: ['offer_decide:o8'],
  },
  {
    name: 'accepting the offer retires the offer actions',
    seeds: ['000'],
    state: oneApp({
      application: anApplication({ status: 'accepted' }),
      events: [
        aStatusEvent('offer', '2026-11-20T20:00:00.000Z', 1),
        aStatusEvent('accepted', '2026-11-24T20:00:00.000Z', 2),
      ],
    }),
    expect: [
      { key: 'offer_evaluate:a1', status: 'cancelled', reason: 'you accepted the offer' },
      { key: 'debrief:i10', status: 'cancelled', reason: 'you accepted the offer' },
    ],
    absent: ['keep_warm:a1'],
  },
  // feedback_request + terminal (004)
  {
    name: 'a rejection: ask for feedback the next business day, keep warm at +60 days; the rest stops',
    seeds: ['004'],
    state: withStatus('rejected', '2026-11-10T18:00:00.000Z'),
    expect: [
      {
        key: 'feedback_request:a1',
        status: 'pending',
        due: '2026-11-11T15:00:00.000Z',
        contactId: 100,
        interviewId: 10,
        title: /Ask Dana Scully for feedback/,
        why: /constructive feedback.*\(seed 004\)$/,
      },
      { key: 'keep_warm:a1', status: 'pending', due: '2027-01-09T18:00:00.000Z' },
      { key: 'follow_up:i10:1', status: 'cancelled', reason: 'application rejected' },
      { key: 'debrief:i10', status: 'cancelled', reason: 'application rejected' },
    ],
  },
  {
    name: 'a withdrawal cancels everything',
    seeds: ['001'],
    state: withStatus('withdrawn', '2026-11-03T15:00:00.000Z'),
    expect: [
      { key: 'follow_up:i10:1', status: 'cancelled', reason: 'you withdrew the application' },
      { key: 'thank_you:i10:c100', status: 'cancelled', reason: 'you withdrew the application' },
    ],
    absent: ['feedback_request:a1', 'keep_warm:a1'],
  },
  {
    name: 'marked ghosted: only keep-warm stays',
    seeds: ['003', '004'],
    state: withStatus('ghosted', '2026-11-20T15:00:00.000Z'),
    expect: [
      { key: 'keep_warm:a1', status: 'pending', due: '2027-01-19T15:00:00.000Z' },
      { key: 'follow_up:i10:1', status: 'cancelled', reason: 'application marked ghosted' },
    ],
  },
  {
    name: 'marked ghosted as suggested after the last follow-up: keep-warm keeps its date',
    seeds: ['001', '004'],
    settings: { followUpCap: 1 },
    state: withStatus('ghosted', '2026-11-14T15:00:00.000Z', {
      actions: [doneRef('follow_up:i10:1', '2026-11-06T16:30:00.000Z')],
    }),
    expect: [
      { key: 'keep_warm:a1', status: 'pending', due: '2027-01-05T16:30:00.000Z' },
      { key: 'suggest_ghosted:i10', status: 'cancelled', reason: 'application marked ghosted' },
    ],
  },
  // send_documents (003)
  {
    name: 'each document owed is due the next business day at 17:00',
    seeds: ['003'],
    state: oneApp({
      interviews: [anInterview({ documentsOwed: ['references', 'a writing sample'] })],
    }),
    expect: [
      {
        key: 'send_documents:i10:references',
        due: '2026-11-02T22:00:00.000Z',
        title: /Send references to Dana/,
      },
      {
        key: 'send_documents:i10:a-writing-sample',
        title: /a writing sample/,
        channel: 'email',
        contactId: 100,
      },
    ],
  },
  // network (003, 004)
  {
    name: 'reach out to the connections at the company, once per application',
    seeds: ['003', '004'],
    state: oneApp({
      companyContacts: 3,
      interviews: [held, anInterview({ id: 12, startAt: '2026-11-10T15:00:00.000Z' })],
    }),
    expect: [
      {
        key: 'network:a1',
        title: /^Reach out to 3 connections at Northwind$/,
        due: '2026-11-01T20:45:00.000Z',
        interviewId: 10,
      },
    ],
  },
  {
    name: 'no known connections: look for people you know',
    seeds: ['004'],
    state: oneApp(),
    expect: [
      { key: 'network:a1', title: /^Look for people you know at Northwind$/, why: /LinkedIn/ },
    ],
  },
  // salary_research (004)
  {
    name: 'research salary within three days',
    seeds: ['004'],
    state: oneApp(),
    expect: [{ key: 'salary_research:a1', due: '2026-11-02T20:45:00.000Z', why: /walk-away/ }],
  },
  {
    name: 'research salary before a sooner next interview',
    seeds: ['004'],
    state: oneApp({ interviews: [held, nextRound('2026-11-02T15:00:00.000Z')] }),
    expect: [{ key: 'salary_research:a1', due: '2026-11-01T23:00:00.000Z' }],
  },
  {
    name: 'no salary action when the research exists',
    seeds: ['004'],
    state: oneApp({ hasSalaryResearch: true }),
    expect: [],
    absent: ['salary_research:a1'],
  },
  // skill_gap (004)
  {
    name: 'a skill gap, nothing scheduled: end + 5 days',
    seeds: ['004'],
    state: oneApp({ interviews: [anInterview({ skillGaps: ['SQL window functions'] })] }),
    expect: [
      {
        key: 'skill_gap:i10:sql-window-functions',
        due: '2026-11-04T20:45:00.000Z',
        title: /SQL window functions/,
      },
    ],
  },
  {
    name: 'a skill gap before the next round: the evening before',
    seeds: ['004'],
    state: oneApp({
      interviews: [anInterview({ skillGaps: ['SQL'] }), nextRound('2026-11-10T15:00:00.000Z')],
    }),
    expect: [{ key: 'skill_gap:i10:sql', due: '2026-11-09T23:00:00.000Z' }],
  },
  // prep_next_round (000)
  {
    name: 'a first interview still to come gets its evening-before preparation',
    seeds: ['000'],
    state: oneApp({ interviews: [nextRound('2026-11-10T15:00:00.000Z', 10)] }),
    expect: [{ key: 'prep_next_round:i10', due: '2026-11-09T23:00:00.000Z' }],
    absent: ['debrief:i10', 'network:a1', 'follow_up:i10:1'],
  },
  // continue_search (001, 003, 004)
  {
    name: 'pipeline below goal: apply to more roles the next day',
    seeds: ['001', '003', '004'],
    state: oneApp({}, { activeApplications: 2 }),
    expect: [
      {
        key: 'continue_search:i10',
        title: /^Apply to 5 more roles this week$/,
        due: '2026-10-31T19:45:00.000Z',
        why: /eggs in one basket/,
      },
    ],
  },
  {
    name: 'healthy pipeline, recent application: nothing to add',
    seeds: ['001'],
    state: oneApp({}, { activeApplications: 6, lastAppliedOn: '2026-10-23' }),
    expect: [],
    absent: ['continue_search:i10'],
  },
  {
    name: 'healthy pipeline but nothing applied for in over a week',
    seeds: ['003'],
    settings: { weeklyGoal: 0 },
    state: oneApp({}, { activeApplications: 6, lastAppliedOn: '2026-10-22' }),
    expect: [{ key: 'continue_search:i10', title: /^Apply to 1 more role this week$/ }],
  },
];

describe('playbook scenarios from the seeds: outcomes and the wider search', () => {
  // Each row in three zones and before both DST changes of a year, in local time (frames.ts).
  describe.each(FRAMES.map((f) => [f.name, f] as const))('%s', (_frame, frame) => {
    it.each(OUTCOME_SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
      expect(scenarioProblems(s, frame)).toEqual([]);
    });
  });

  it('every action cites its seeds at the end of its advice and has a rule origin', () => {
    const all = planAll(OUTCOME_SCENARIOS);
    expect([...new Set(all.map((a) => a.kind))].sort()).toEqual(
      [
        'debrief',
        'thank_you',
        'follow_up',
        'send_documents',
        'network',
        'salary_research',
        'skill_gap',
        'prep_next_round',
        'continue_search',
        'feedback_request',
        'keep_warm',
        'offer_evaluate',
        'offer_negotiate',
        'offer_decide',
        'offer_accept',
        'suggest_ghosted',
      ].sort(),
    );
    expect(adviceProblems(all)).toEqual([]);
  });
});

/** The spacing guard needs more than one application; these check it across them. */
const DANA_AT_TWO = aPlanState({
  applications: [
    anAppState(),
    anAppState({
      application: anApplication({ id: 2, company: 'Contoso' }),
      interviews: [anInterview({ id: 20, applicationId: 2, startAt: '2026-11-02T19:00:00.000Z' })],
    }),
  ],
});

describe('spacing guard (001: not too frequent)', () => {
  it('a second follow-up to the same contact moves a spacing window past the first', () => {
    const actions = plan(DANA_AT_TWO, NOW, somePolicy());
    expect(find(actions, 'follow_up:i10:1').due).toBe('2026-11-06T15:00:00.000Z');
    // Would be Monday 2026-11-09; the 7-day window from Friday the 6th ends Friday the 13th.
    expect(find(actions, 'follow_up:i20:1').due).toBe('2026-11-13T15:00:00.000Z');
  });

  it('follow-ups planned elsewhere and done ones are fixed points', () => {
    const state = {
      ...DANA_AT_TWO,
      applications: [
        anAppState(),
        anAppState({
          application: anApplication({ id: 2 }),
          interviews: [],
          actions: [doneRef('follow_up:i99:1', '2026-11-04T14:00:00.000Z')],
        }),
      ],
      otherFollowUps: [{ contactId: 100, at: '2026-11-02T15:00:00.000Z', sent: false }],
    };
    // Done on Wednesday the 4th: the earliest free day is Wednesday the 11th.
    expect(find(plan(state, NOW, somePolicy()), 'follow_up:i10:1').due).toBe(
      '2026-11-11T15:00:00.000Z',
    );
  });

  it('different contacts do not interfere; the order of applications does not matter', () => {
    const reversed = { ...DANA_AT_TWO, applications: [...DANA_AT_TWO.applications].reverse() };
    const a = plan(DANA_AT_TWO, NOW, somePolicy());
    const b = plan(reversed, NOW, somePolicy());
    const dues = (xs: PlannedAction[]) =>
      Object.fromEntries(xs.map((x) => [x.key, x.due] as const).sort());
    expect(dues(b)).toEqual(dues(a));
  });
});

function find(actions: PlannedAction[], key: string): PlannedAction {
  const a = actions.find((x) => x.key === key);
  if (a === undefined)
    throw new Error(`no action ${key} in ${actions.map((x) => x.key).join(', ')}`);
  return a;
}
