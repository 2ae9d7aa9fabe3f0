/**
 * fast-check arbitraries for the playbook's property tests: plan states with applications,
 * interviews, events and finished follow-ups in any combination, and settings. Imported only by
 * tests, like builders.ts.
 */
import fc from 'fast-check';
import type { Policy } from '../../settings.js';
import { STATUSES, type Status } from '../../status.js';
import { INTERVIEW_OUTCOMES, type AppEvent, type Interview } from '../../types.js';
import {
  anApplication,
  anAppState,
  anInterview,
  anInterviewer,
  aPlanState,
  somePolicy,
} from './builders.js';
import type { ApplicationState, PlanState } from '../types.js';

const T0 = Date.UTC(2026, 9, 1);
export const MIN = 60_000;
export const DAY = 86_400_000;
export const iso = (ms: number): string => new Date(ms).toISOString();

/** Any minute in a four-month window around the DST change. */
const instant = fc.integer({ min: 0, max: 120 * 24 * 60 }).map((m) => iso(T0 + m * MIN));
const localDate = fc.integer({ min: -5, max: 130 }).map((d) => iso(T0 + d * DAY).slice(0, 10));
const contact = fc.integer({ min: 100, max: 104 });

const interviewArb = (id: number, applicationId: number): fc.Arbitrary<Interview> =>
  fc
    .record({
      state: fc.constantFrom('scheduled', 'held', 'held', 'held', 'cancelled'),
      startAt: instant,
      durationMin: fc.integer({ min: 15, max: 240 }),
      interviewers: fc.array(contact, { maxLength: 3 }),
      late: fc.boolean(),
      decisionBy: fc.option(localDate, { nil: null }),
      followUpOn: fc.option(localDate, { nil: null }),
      documentsOwed: fc.array(fc.constantFrom('references', 'portfolio'), { maxLength: 2 }),
      skillGaps: fc.array(fc.constantFrom('SQL', 'Kubernetes'), { maxLength: 2 }),
      outcome: fc.option(fc.constantFrom(...INTERVIEW_OUTCOMES), { nil: null, freq: 4 }),
    })
    .map((r) =>
      anInterview({
        ...r,
        id,
        applicationId,
        state: r.state,
        interviewers: r.interviewers.map((c) => anInterviewer(c)),
      }),
    );

const eventArb = (applicationId: number): fc.Arbitrary<AppEvent> =>
  fc
    .record({
      id: fc.integer({ min: 1, max: 1_000_000 }),
      kind: fc.constantFrom('reply', 'status', 'note'),
      toStatus: fc.constantFrom(...STATUSES),
      at: instant,
    })
    .map((e) => ({
      id: e.id,
      applicationId,
      kind: e.kind,
      fromStatus: null,
      toStatus: e.kind === 'status' ? e.toStatus : null,
      note: null,
      at: e.at,
    }));

const appArb = (appId: number): fc.Arbitrary<ApplicationState> =>
  fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc
      .record({
        status: fc.constantFrom<Status>(...STATUSES),
        interviews: fc.tuple(
          ...Array.from({ length: n }, (_, k) => interviewArb(appId * 10 + k, appId)),
        ),
        events: fc.array(eventArb(appId), { maxLength: 4 }),
        // Which follow-ups the user already finished, and when.
        finished: fc.array(
          fc.record({
            k: fc.integer({ min: 0, max: 4 }),
            n: fc.integer({ min: 1, max: 3 }),
            status: fc.constantFrom('done', 'done', 'skipped'),
            at: instant,
            contactId: fc.option(contact, { nil: null }),
          }),
          { maxLength: 4 },
        ),
        companyContacts: fc.integer({ min: 0, max: 3 }),
        hasSalaryResearch: fc.boolean(),
        offers: fc.array(fc.option(instant, { nil: null }), { maxLength: 2 }),
      })
      .map((r) =>
        anAppState({
          application: anApplication({ id: appId, status: r.status, company: `Company ${appId}` }),
          interviews: r.interviews,
          events: r.events,
          actions: r.finished.map((x) => ({
            key: `follow_up:i${appId * 10 + x.k}:${x.n}`,
            kind: 'follow_up' as const,
            status: x.status,
            due: x.at,
            completedAt: x.status === 'done' ? x.at : null,
            contactId: x.contactId,
          })),
          companyContacts: r.companyContacts,
          hasSalaryResearch: r.hasSalaryResearch,
          offers: r.offers.map((deadline, i) => ({ id: appId * 10 + i, deadline })),
        }),
      ),
  );

export const stateArb: fc.Arbitrary<PlanState> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc
    .record({
      applications: fc.tuple(...Array.from({ length: n }, (_, i) => appArb(i + 1))),
      activeApplications: fc.integer({ min: 0, max: 8 }),
      lastAppliedOn: fc.option(localDate, { nil: null }),
      otherFollowUps: fc.array(fc.record({ contactId: contact, at: instant, sent: fc.boolean() }), {
        maxLength: 3,
      }),
    })
    .map((r) => aPlanState(r)),
);

/**
 * Many open applications whose follow-ups go to the same two people: the arbitrary state above
 * rarely has two live sequences to one contact, this one nearly always does.
 */
export const crowdedArb: fc.Arbitrary<PlanState> = fc
  .record({
    apps: fc.array(
      fc.record({
        startAt: instant,
        contactId: fc.constantFrom(100, 101),
        followUpOn: fc.option(localDate, { nil: null }),
        firstDone: fc.option(instant, { nil: null }),
      }),
      { minLength: 2, maxLength: 8 },
    ),
    otherFollowUps: fc.array(
      fc.record({ contactId: fc.constantFrom(100, 101), at: instant, sent: fc.boolean() }),
      {
        maxLength: 3,
      },
    ),
  })
  .map(({ apps, otherFollowUps }) =>
    aPlanState({
      applications: apps.map((a, i) =>
        anAppState({
          application: anApplication({ id: i + 1 }),
          interviews: [
            anInterview({
              id: (i + 1) * 10,
              applicationId: i + 1,
              startAt: a.startAt,
              followUpOn: a.followUpOn,
              interviewers: [anInterviewer(a.contactId)],
            }),
          ],
          actions:
            a.firstDone === null
              ? []
              : [
                  {
                    key: `follow_up:i${(i + 1) * 10}:1`,
                    kind: 'follow_up',
                    status: 'done',
                    due: a.firstDone,
                    completedAt: a.firstDone,
                    contactId: a.contactId,
                  },
                ],
        }),
      ),
      otherFollowUps,
    }),
  );

/** Either kind of state. */
export const anyState = fc.oneof(stateArb, crowdedArb);

export const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    timezone: fc.constantFrom('America/Toronto', 'Europe/Berlin', 'Australia/Sydney', 'UTC'),
    followUpEnabled: fc.boolean(),
    followUpCap: fc.integer({ min: 1, max: 3 }),
    followUpSpacingDays: fc.integer({ min: 1, max: 14 }),
    followUpSecondDays: fc.integer({ min: 1, max: 10 }),
    thankYouChannel: fc.constantFrom('email', 'letter', 'drop_off'),
    holidays: fc.array(localDate, { maxLength: 6 }),
  })
  .map((r) =>
    somePolicy({ ...r, thankYouChannel: r.thankYouChannel as Policy['thankYouChannel'] }),
  );
