import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeStatus, logReply } from '../applications/applications.js';
import { debriefWorld, type DebriefWorld } from '../test/debrief-world.js';
import { insights, pipelineHealth } from './health.js';

/**
 * Health and the funnel read the whole search in one grouped query (src/store/repos/pipeline.ts):
 * the latest activity, the employer's first answer and whether an interview was held, per
 * application, on a real SQLite store.
 */
let w: DebriefWorld;
let a: number;
let b: number;
let c: number;

beforeEach(async () => {
  w = debriefWorld('2026-03-02T09:00'); // a Monday
  a = await w.app('Globex', 'Backend Engineer');
  b = await w.app('Globex', 'Product Manager');
  c = await w.app('Initech', 'SRE');
  w.at('2026-03-04T10:00');
  await logReply(w.ctx, c);
  w.at('2026-03-05T11:00');
  await w.held(b, { at: '2026-03-05T10:00' });
  w.at('2026-03-06T09:00');
  await changeStatus(w.ctx, c, 'rejected');
});
afterEach(async () => {
  await w.cleanup();
});

describe('pipeline health and insights on a known search', () => {
  it('counts the active pipeline, the one basket, stale applications and response times', async () => {
    w.at('2026-03-25T09:00');
    const h = await pipelineHealth(w.ctx);
    expect(h).toMatchObject({
      active: 2,
      appliedThisWeek: 0,
      lastAppliedOn: '2026-03-02',
      daysSinceLastApplication: 23,
      largestShare: { company: 'Globex', active: 2, share: 1 },
    });
    // a: nothing since it was added; b: the interview logged on the 5th.
    expect(h.stale.map((s) => [s.applicationId, s.days])).toEqual([
      [a, 23],
      [b, 20],
    ]);
    // c answered in 2 days (the reply), b in 3 (the interview): the median is 2.5.
    expect(h.responseDays).toMatchObject({ median: 2.5, responses: 2 });
    expect(h.warnings.map((x) => x.code)).toEqual([
      'thin_pipeline',
      'one_basket',
      'behind_weekly_goal',
      'no_recent_applications',
      'stale',
    ]);
  });

  it('draws every application from applied to the stage it reached and how it ended', async () => {
    const { funnel } = await insights(w.ctx, {});
    const count = Object.fromEntries(funnel.nodes.map((n) => [n.id, n.count]));
    expect(funnel.total).toBe(3);
    expect(count).toMatchObject({ applied: 3, responded: 2, interviewed: 1, rejected: 1, open: 2 });
    expect(funnel.links).toEqual(
      expect.arrayContaining([
        { source: 'applied', target: 'open', value: 1 },
        { source: 'applied', target: 'responded', value: 2 },
        { source: 'responded', target: 'rejected', value: 1 },
        { source: 'responded', target: 'interviewed', value: 1 },
        { source: 'interviewed', target: 'open', value: 1 },
      ]),
    );
    expect(funnel.links).toHaveLength(5);
  });
});
