import { describe, expect, it } from 'vitest';
import { localClock } from '../clock.js';
import { defaultPolicy } from '../settings.js';
import type { Status } from '../status.js';
import { funnelOf } from './funnel.js';
import { healthOf, median, searchGap, type PipelineRow } from './health.js';

const clock = localClock('America/Toronto');
const policy = { ...defaultPolicy('America/Toronto'), pipelineGoal: 5, weeklyGoal: 3 };
// Wednesday 2026-03-11, 12:00 in Toronto.
const NOW = '2026-03-11T16:00:00.000Z';

let next = 1;
const row = (
  company: string,
  status: Status,
  appliedOn: string | null,
  more: Partial<PipelineRow> = {},
): PipelineRow => ({
  id: next++,
  companyId: company.length,
  company,
  role: 'Engineer',
  status,
  source: 'LinkedIn',
  appliedOn,
  createdAt: '2026-01-01T12:00:00.000Z',
  lastActivity: '2026-03-10T12:00:00.000Z',
  firstResponse: null,
  interviewed: false,
  ...more,
});

describe('healthOf on a known data set', () => {
  const rows = [
    row('Globex', 'interviewing', '2026-03-02', {
      firstResponse: '2026-03-05T15:00:00.000Z',
      interviewed: true,
    }),
    row('Globex', 'applied', '2026-03-09'),
    row('Globex', 'applied', '2026-03-10', { lastActivity: '2026-02-20T12:00:00.000Z' }),
    row('Initech', 'applied', '2026-02-01', {
      firstResponse: '2026-02-11T15:00:00.000Z',
      lastActivity: '2026-02-11T15:00:00.000Z',
    }),
    row('Hooli', 'rejected', '2026-01-10', { firstResponse: '2026-01-14T15:00:00.000Z' }),
    row('Umbrella', 'saved', null),
  ];
  const h = healthOf(rows, NOW, policy, clock);

  it('counts active vs goal, this week vs goal, and the largest share', () => {
    expect(h).toMatchObject({
      active: 4,
      pipelineGoal: 5,
      appliedThisWeek: 2,
      weeklyGoal: 3,
      weekStart: '2026-03-09',
      largestShare: { company: 'Globex', active: 3, share: 0.75 },
      lastAppliedOn: '2026-03-10',
      daysSinceLastApplication: 1,
      rolesToApply: 3,
    });
  });
  it('lists applications with no activity for 14 days, most stale first', () => {
    expect(h.stale.map((s) => [s.company, s.days])).toEqual([
      ['Initech', 28],
      ['Globex', 19],
    ]);
  });
  it('gives the median response time overall and per company', () => {
    expect(h.responseDays).toEqual({
      median: 4,
      responses: 3,
      byCompany: [
        { companyId: 6, company: 'Globex', median: 3, responses: 1 },
        { companyId: 5, company: 'Hooli', median: 4, responses: 1 },
        { companyId: 7, company: 'Initech', median: 10, responses: 1 },
      ],
    });
  });
  it('warns about a thin, concentrated pipeline', () => {
    expect(h.warnings.map((w) => w.code)).toEqual([
      'thin_pipeline',
      'one_basket',
      'behind_weekly_goal',
      'stale',
    ]);
    expect(h.warnings[1]?.message).toBe(
      "75% of your active applications are at Globex: don't put all your eggs in one basket (seed 003).",
    );
  });
  it('says nothing when the search is healthy', () => {
    const healthy = ['A', 'Bb', 'Ccc', 'Dddd', 'Eeeee'].map((c) => row(c, 'applied', '2026-03-10'));
    expect(healthOf(healthy, NOW, policy, clock).warnings).toEqual([]);
  });
  it('is what continue_search asks: low below the goal, stale after 7 days without applying', () => {
    expect(searchGap(4, 100, 107, policy)).toEqual({ low: true, stale: false });
    expect(searchGap(5, 100, 108, policy)).toEqual({ low: false, stale: true });
    expect(searchGap(5, null, 108, policy)).toEqual({ low: false, stale: true });
  });
  it('median', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
});

describe('funnelOf on a known data set', () => {
  const rows = [
    row('A', 'applied', '2026-03-01'),
    row('B', 'ghosted', '2026-02-01'),
    row('C', 'rejected', '2026-02-02', { firstResponse: '2026-02-05T12:00:00.000Z' }),
    row('D', 'rejected', '2026-02-03', {
      firstResponse: '2026-02-05T12:00:00.000Z',
      interviewed: true,
    }),
    row('E', 'interviewing', '2026-02-04', {
      firstResponse: '2026-02-05T12:00:00.000Z',
      interviewed: true,
      source: 'Referral',
    }),
    row('F', 'offer', '2026-02-05', { interviewed: true }),
    row('G', 'accepted', '2026-02-06', { interviewed: true }),
    row('H', 'declined', '2026-02-07', { interviewed: true }),
    row('I', 'withdrawn', '2026-02-08', { interviewed: true }),
    row('J', 'saved', null),
  ];
  it('counts every stage and branch', () => {
    const f = funnelOf(rows, {}, clock);
    expect(f.total).toBe(9);
    expect(Object.fromEntries(f.nodes.map((n) => [n.id, n.count]))).toEqual({
      applied: 9,
      responded: 7,
      interviewed: 6,
      offer: 3,
      accepted: 1,
      declined: 1,
      rejected: 2,
      withdrawn: 1,
      ghosted: 1,
      open: 3,
    });
    expect(f.links).toContainEqual({ source: 'applied', target: 'ghosted', value: 1 });
    expect(f.links).toContainEqual({ source: 'responded', target: 'rejected', value: 1 });
    expect(f.links).toContainEqual({ source: 'interviewed', target: 'rejected', value: 1 });
    expect(f.links).toContainEqual({ source: 'offer', target: 'accepted', value: 1 });
    expect(f.sources).toEqual(['LinkedIn', 'Referral']);
  });
  it('filters by source and by period', () => {
    expect(funnelOf(rows, { source: 'referral' }, clock).total).toBe(1);
    expect(funnelOf(rows, { from: '2026-02-05', to: '2026-02-07' }, clock).total).toBe(3);
  });
});
