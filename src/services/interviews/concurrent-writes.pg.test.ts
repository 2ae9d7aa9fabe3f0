import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/store.js';
import { loadPolicy } from '../settings/settings.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';
import { replan } from './planning.js';
import { newApplication } from '../../store/test/rows.js';

/**
 * Two processes (two servers on one PostgreSQL database, a server and a CLI on one SQLite file)
 * writing at once: the reads that decide a write must see the other's commit, so both finish and
 * the data is as if they had run one after the other.
 */

let f: Fixture;
let other: Store;

beforeEach(async () => {
  f = await fixture();
  other = f.reopen();
});
afterEach(async () => {
  await other.close();
  await f.cleanup();
});

/**
 * An application with an interview stored without its plan (a copy of a logged one, at another
 * company): the state a re-plan starts from.
 */
async function unplanned(store: Store): Promise<number> {
  const { appId } = await loggedInterview(f.ctx);
  const [iv] = await store.interviews.listFor([appId]);
  if (iv === undefined) throw new Error('no interview');
  const c = await store.companies.findOrCreate('Initech', f.ctx.now());
  const app = await store.applications.insert(
    newApplication(c.id, { status: 'interviewing' }),
    f.ctx.now(),
  );
  const { interviewers, ...rest } = iv;
  await store.interviews.insert(
    { ...rest, applicationId: app, interviewerIds: interviewers.map((p) => p.contactId) },
    f.ctx.now(),
  );
  return app;
}

describe('concurrent writers', () => {
  it('two re-plans of one application at once make one set of actions', async () => {
    const id = await unplanned(f.ctx.store);
    const policy = await loadPolicy(f.ctx.store, 'America/Toronto');
    const now = f.ctx.now();
    const [a, b] = await Promise.all(
      [f.ctx.store, other].map((s) => s.transaction((tx) => replan(tx, [id], now, policy))),
    );
    // One of them planned; the other found the plan stored and had nothing to add.
    const inserted = [a?.inserted ?? [], b?.inserted ?? []].sort((x, y) => y.length - x.length);
    expect(inserted[0]?.length).toBeGreaterThan(0);
    expect(inserted[1]).toEqual([]);
    const actions = await f.ctx.store.actions.list({ all: true });
    const mine = actions.filter((x) => x.applicationId === id);
    expect(mine.length).toBe(inserted[0]?.length);
    expect(new Set(mine.map((x) => x.key)).size).toBe(mine.length);
  });

  it('two writers naming a new company at once get the same company', async () => {
    const now = f.ctx.now();
    const [a, b] = await Promise.all(
      [f.ctx.store, other].map((s) =>
        s.transaction((tx) => tx.companies.findOrCreate('Globex Corporation', now)),
      ),
    );
    expect(a?.id).toBe(b?.id);
    expect(await f.ctx.store.companies.names()).toEqual(['Globex Corporation']);
  });
});
