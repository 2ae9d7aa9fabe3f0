import { describe, expect, it } from 'vitest';
import { plan } from './plan.js';
import {
  aPlanState,
  aStoredRef,
  anAppState,
  anApplication,
  anInterview,
  anInterviewer,
  at,
  somePolicy,
} from './test/builders.js';

/** Issue 11: every action says why it is due when it is due; rules keep to their own facts. */
const NOW = at('2026-03-16T12:00');
const policy = somePolicy();
const priya = anInterviewer(7, 'Priya Shah');
const friday = anInterview({
  id: 1,
  startAt: at('2026-03-06T14:00'),
  interviewers: [priya],
  followUpOn: '2026-03-18',
});

describe('a follow-up the spacing guard moved (case 4)', () => {
  it('says from which date it moved and because of which earlier message', () => {
    const state = aPlanState({
      applications: [anAppState({ interviews: [friday] })],
      // Another application's follow-up to Priya falls on Monday 03-23.
      otherFollowUps: [{ contactId: 7, at: at('2026-03-23T10:00'), sent: false }],
    });
    const f = plan(state, NOW, policy).find((a) => a.key === 'follow_up:i1:1');
    expect(f?.due).toBe(at('2026-03-30T10:00'));
    expect(f?.why).toMatch(
      /^Moved from Wed 2026-03-18 to Mon 2026-03-30: a follow-up to them for another application falls on Mon 2026-03-23, and follow-ups to one person stay 7 days apart, never too often \(seed 001\)\. Follow up on the date they gave you/,
    );
  });

  it('names the follow-up already done when that is what it keeps clear of', () => {
    const second = anInterview({
      id: 2,
      startAt: at('2026-03-09T14:00'),
      interviewers: [priya],
      followUpOn: '2026-03-18',
    });
    const state = aPlanState({
      applications: [
        anAppState({ application: anApplication({ id: 1 }), interviews: [friday] }),
        anAppState({
          application: anApplication({ id: 2, companyId: 2, company: 'Contoso' }),
          interviews: [{ ...second, applicationId: 2 }],
          actions: [
            aStoredRef({
              key: 'follow_up:i2:1',
              kind: 'follow_up',
              status: 'done',
              due: at('2026-03-16T10:00'),
              completedAt: at('2026-03-16T10:00'),
              contactId: 7,
            }),
          ],
        }),
      ],
    });
    const f = plan(state, NOW, policy).find((a) => a.key === 'follow_up:i1:1');
    expect(f?.due).toBe(at('2026-03-23T10:00'));
    expect(f?.why).toMatch(
      /^Moved from Wed 2026-03-18 to Mon 2026-03-23: you followed up with them on Mon 2026-03-16/,
    );
  });

  it('an unmoved follow-up keeps its plain why', () => {
    const state = aPlanState({ applications: [anAppState({ interviews: [friday] })] });
    const f = plan(state, NOW, policy).find((a) => a.key === 'follow_up:i1:1');
    expect(f?.due).toBe(at('2026-03-18T10:00'));
    expect(f?.why).toMatch(/^Follow up on the date they gave you/);
  });
});

describe('continue_search keeps the advice it gave (case 5)', () => {
  const low = { activeApplications: 1, lastAppliedOn: '2026-02-01' };
  const healthy = { activeApplications: 10, lastAppliedOn: '2026-03-15' };
  const weekly1 = somePolicy({ weeklyGoal: 1 });
  it('a healthier pipeline later does not retire or reword an action already given', () => {
    const first = plan(
      aPlanState({ ...low, applications: [anAppState({ interviews: [friday] })] }),
      NOW,
      weekly1,
    ).find((a) => a.kind === 'continue_search');
    expect(first?.title).toBe('Apply to 4 more roles this week');
    const stored = aStoredRef({
      key: first?.key ?? '',
      kind: 'continue_search',
      status: 'pending',
      due: first?.due ?? NOW,
      title: first?.title ?? '',
    });
    const later = plan(
      aPlanState({
        ...healthy,
        applications: [anAppState({ interviews: [friday], actions: [stored] })],
      }),
      NOW,
      weekly1,
    ).find((a) => a.kind === 'continue_search');
    expect(later).toMatchObject({ status: 'pending', title: 'Apply to 4 more roles this week' });
  });
  it('is not planned for a healthy pipeline when it was never given', () => {
    const none = plan(
      aPlanState({ ...healthy, applications: [anAppState({ interviews: [friday] })] }),
      NOW,
      weekly1,
    ).filter((a) => a.kind === 'continue_search');
    expect(none).toEqual([]);
  });
});
