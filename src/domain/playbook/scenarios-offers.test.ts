import { describe, expect, it } from 'vitest';
import {
  anApplication,
  aStatusEvent,
  oneApp,
  scenarioProblems,
  withStatus,
  type Scenario,
} from './test/builders.js';
import { FRAMES } from './test/frames.js';

/** The `offer` rule's decisions (seed 000): accept in writing, decline graciously, withdraw elsewhere. */
const OFFER_SCENARIOS: Scenario[] = [
  {
    name: 'accepting: confirm in writing; the offer actions stop',
    seeds: ['000'],
    state: oneApp({
      application: anApplication({ status: 'accepted' }),
      events: [
        aStatusEvent('offer', '2026-11-20T20:00:00.000Z', 1),
        aStatusEvent('accepted', '2026-11-24T20:00:00.000Z', 2),
      ],
      offers: [{ id: 7, deadline: null, contactId: 300 }],
    }),
    expect: [
      {
        key: 'offer_accept:a1',
        status: 'pending',
        due: '2026-11-24T20:00:00.000Z',
        title: /accept the offer from Northwind/,
      },
      { key: 'offer_negotiate:a1', status: 'cancelled', reason: 'you accepted the offer' },
    ],
    absent: ['keep_warm:a1'],
  },
  {
    name: 'declining: say so graciously, and keep the contact warm at +60 days',
    seeds: ['000'],
    state: withStatus('declined', '2026-11-24T20:00:00.000Z', {
      offers: [{ id: 7, deadline: null, contactId: 300 }],
    }),
    expect: [
      { key: 'offer_decline:a1', status: 'pending', due: '2026-11-24T20:00:00.000Z' },
      { key: 'keep_warm:a1', status: 'pending', due: '2027-01-23T20:00:00.000Z' },
    ],
  },
  {
    name: 'an offer accepted elsewhere: withdraw from every open application, to the interviewer',
    seeds: ['000', '003'],
    state: oneApp({
      acceptedElsewhere: { applicationId: 9, company: 'Globex', at: '2026-11-24T20:00:00.000Z' },
    }),
    expect: [
      {
        key: 'withdraw:a1',
        status: 'pending',
        due: '2026-11-24T20:00:00.000Z',
        title: /^Withdraw from Northwind: you accepted the offer from Globex$/,
      },
    ],
  },
  {
    name: 'a closed application is not withdrawn from',
    seeds: ['000'],
    state: withStatus('rejected', '2026-11-10T18:00:00.000Z', {
      acceptedElsewhere: { applicationId: 9, company: 'Globex', at: '2026-11-24T20:00:00.000Z' },
    }),
    expect: [],
    absent: ['withdraw:a1'],
  },
];

describe('playbook scenarios: deciding on offers', () => {
  // Each row in three zones and before both DST changes of a year, in local time (frames.ts).
  describe.each(FRAMES.map((f) => [f.name, f] as const))('%s', (_frame, frame) => {
    it.each(OFFER_SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
      expect(scenarioProblems(s, frame)).toEqual([]);
    });
  });
});
