import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { draftForAction } from '../messages/drafts.js';
import { mustGetMessage } from '../messages/messages.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';
import { attemptDelivery } from './outbox-attempt.js';
import { loadSettings, loadTransport } from '../settings/settings.js';

/**
 * Two instances on one PostgreSQL database claim the same scheduled messages at the same moment
 * (two connection pools, Promise.all): each message is claimed by exactly one. (A `.pg.test.ts`:
 * SQLite's synchronous driver cannot run two writers in one process.)
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

describe('two claimers at once', () => {
  it('never both get a message', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { byKind } = await loggedInterview(f.ctx, {}, `Company ${String(i)}`);
      const m = (await draftForAction(f.ctx, byKind('thank_you').id)).message;
      const now = f.ctx.now();
      await f.ctx.store.messages.move(m.id, 'draft', 'approved', {}, now);
      await f.ctx.store.messages.move(m.id, 'approved', 'scheduled', { via: 'eml' }, now);
      ids.push(m.id);
    }
    const settings = {
      ...(await loadSettings(f.ctx.store, f.ctx.systemZone)),
      transport: await loadTransport(f.ctx.store),
    };
    const claims: { id: number; owner: string }[] = [];
    const claimer = (ctx: Ctx, owner: string) =>
      Promise.all(
        ids.map((id) =>
          attemptDelivery(
            ctx,
            id,
            settings,
            {
              owner,
              outDir: f.dir,
              afterStep: (s) => {
                // Stop after the claim: the claim is what is under test, and it stays visible.
                if (s === 'claimed') {
                  claims.push({ id, owner });
                  throw new Error('stop');
                }
              },
            },
            { via: 'eml', retrying: 'retrying' },
          ).catch((e: unknown) => {
            if (e instanceof Error && e.message === 'stop') return null;
            throw e;
          }),
        ),
      );
    const [a, b] = await Promise.all([
      claimer(f.ctx, 'host-a:1:a'),
      claimer({ ...f.ctx, store: other }, 'host-b:1:b'),
    ]);
    // Every attempt either claimed (stopped, null) or was skipped: someone else had it.
    for (const r of [...a, ...b]) expect(r === null || r.outcome === 'skipped').toBe(true);
    expect(claims.map((c) => c.id).sort((x, y) => x - y)).toEqual(ids);
    for (const c of claims) {
      const m = await f.ctx.store.messages.sendingUnheld();
      expect(m.find((x) => x.id === c.id)?.owner).toBe(c.owner);
      expect((await mustGetMessage(f.ctx.store, c.id)).attempts).toBe(1);
    }
  });
});
