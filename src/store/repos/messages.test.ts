import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { tempStore } from '../test/temp-store.js';
import { newMessage } from '../test/rows.js';

const T0 = '2026-03-02T15:00:00.000Z';
const T1 = '2026-03-03T15:00:00.000Z';
let store: Store;
let cleanup: () => Promise<void>;
beforeEach(() => {
  ({ store, cleanup } = tempStore());
});
afterEach(async () => {
  await cleanup();
});

describe('message repository', () => {
  it('stores a draft with its findings, address lines and names round-trip', async () => {
    const id = await store.messages.insert(newMessage(), T0);
    const m = await store.messages.get(id);
    expect(m).toMatchObject({
      state: 'draft',
      recipientName: 'Nguyễn Văn An',
      recipientAddress: ['1 Main St', 'Hanoi'],
      attempts: 0,
    });
    expect(m?.findings[0]).toMatchObject({ rule: 'spelling', start: 0, end: 4 });
  });

  it('moves state only from the expected one: a claim is taken once', async () => {
    const id = await store.messages.insert(newMessage(), T0);
    expect(await store.messages.move(id, 'draft', 'approved', {}, T0)).toBe(true);
    expect(await store.messages.move(id, 'approved', 'scheduled', {}, T0)).toBe(true);
    const claim = () =>
      store.messages.move(id, 'scheduled', 'sending', { sendingOwner: 'h:1', attempts: 1 }, T1);
    expect(await Promise.all([claim(), claim()])).toEqual([true, false]);
    expect(await store.messages.sendingUnheld()).toEqual([
      { id, owner: 'h:1', claimedAt: null, leaseExpiresAt: null },
    ]);
    await store.messages.update(id, { heldAt: T1 }, T1);
    expect(await store.messages.sendingUnheld()).toEqual([]);
  });

  it('finds the follow-up history of a contact: sent messages and done actions', async () => {
    const c = await store.contacts.findOrCreate(
      { name: 'Priya', email: 'p@x.example', companyId: null, relationship: 'interviewer' },
      T0,
    );
    const a = await store.messages.insert(newMessage({ kind: 'follow_up', contactId: c.id }), T0);
    await store.messages.move(a, 'draft', 'sent', { sentAt: T0 }, T0);
    const b = await store.messages.insert(newMessage({ kind: 'follow_up', contactId: c.id }), T0);
    expect(await store.messages.followUpTimes(c.id, { actionId: null, messageId: b })).toEqual([
      T0,
    ]);
    expect(await store.messages.followUpTimes(c.id, { actionId: null, messageId: a })).toEqual([]);
  });

  it('logs events in order', async () => {
    const id = await store.messages.insert(newMessage(), T0);
    await store.messages.logEvent({
      messageId: id,
      fromState: null,
      toState: 'draft',
      note: 'drafted',
      at: T0,
    });
    await store.messages.logEvent({
      messageId: id,
      fromState: 'draft',
      toState: 'approved',
      note: null,
      at: T1,
    });
    expect((await store.messages.events(id)).map((e) => e.toState)).toEqual(['draft', 'approved']);
  });
});

describe('template repository', () => {
  it('stores the user’s templates as user:<id>', async () => {
    const id = await store.templates.insert(
      {
        name: 'mine',
        kind: 'thank_you',
        channels: ['email', 'letter'],
        subject: 's',
        body: 'b',
        voicemail: null,
      },
      T0,
    );
    expect(await store.templates.get(id)).toMatchObject({
      id: `user:${id}`,
      channels: ['email', 'letter'],
      builtin: false,
    });
    expect((await store.templates.byName('mine'))?.id).toBe(`user:${id}`);
    expect(await store.templates.remove(id)).toBe(true);
    expect(await store.templates.list()).toEqual([]);
  });
});
