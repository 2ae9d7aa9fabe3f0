import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { tempStore } from './test/temp-store.js';
import { newAction, newApplication } from './test/rows.js';

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

async function anApplication(company = 'Acme Inc.'): Promise<number> {
  const c = await store.companies.findOrCreate(company, T0);
  return store.applications.insert(newApplication(c.id), T0);
}

describe('store', () => {
  it('refuses an application of a company that does not exist (foreign keys hold)', async () => {
    // foreign_keys is a per-connection pragma: prove the store's own connection enforces it.
    const orphan = store.applications.insert(newApplication(9999), T0);
    await expect(orphan).rejects.toThrow();
    expect(await store.applications.list({})).toEqual([]);
  });

  it('finds a company connection for outreach and lists the names the spelling check knows', async () => {
    const acme = await store.companies.findOrCreate('Acme Inc.', T0);
    await store.companies.findOrCreate('Globex', T0);
    const person = (name: string, relationship: 'interviewer' | 'recruiter') =>
      store.contacts.findOrCreate({ name, email: null, companyId: acme.id, relationship }, T0);
    await person('Ana Ruiz', 'interviewer');
    const rita = await person('Rita Moss', 'recruiter');
    await person('Sam Lee', 'recruiter');
    expect(await store.contacts.connectionAt(acme.id)).toEqual({
      id: rita.id,
      name: 'Rita Moss',
      email: null,
      title: null,
    });
    expect(await store.contacts.names()).toEqual(['Ana Ruiz', 'Rita Moss', 'Sam Lee']);
    expect(await store.companies.names()).toEqual(['Acme Inc.', 'Globex']);
  });

  it('finds a company by its normalised name', async () => {
    const a = await store.companies.findOrCreate('The Acme Co., Inc.', T0);
    const b = await store.companies.findOrCreate('ACME', T1);
    expect(b.id).toBe(a.id);
    expect(b.name).toBe('The Acme Co., Inc.');
  });

  it('stores applications with their company and filters by status', async () => {
    const id = await anApplication();
    await anApplication('Globex');
    const app = await store.applications.get(id);
    expect(app).toMatchObject({
      id,
      company: 'Acme Inc.',
      role: 'Engineer',
      status: 'applied',
      appliedOn: '2026-03-01',
    });
    await store.applications.setStatus(id, 'interviewing', '2026-03-01', T1);
    expect((await store.applications.list({ status: 'interviewing' })).map((a) => a.id)).toEqual([
      id,
    ]);
    expect(await store.applications.countActive()).toBe(2);
    expect(await store.applications.lastAppliedOn()).toBe('2026-03-01');
  });

  it('keeps an interview with its interviewers and lists in order', async () => {
    const appId = await anApplication();
    const app = await store.applications.get(appId);
    const ana = await store.contacts.findOrCreate(
      {
        name: 'Ana Ruiz',
        email: 'ana@acme.example',
        companyId: app!.companyId,
        relationship: 'interviewer',
      },
      T0,
    );
    const bo = await store.contacts.findOrCreate(
      { name: 'Bo Chen', email: null, companyId: app!.companyId, relationship: 'interviewer' },
      T0,
    );
    const again = await store.contacts.findOrCreate(
      { name: 'Ana R.', email: 'ana@acme.example', companyId: null, relationship: 'interviewer' },
      T1,
    );
    expect(again.id).toBe(ana.id);
    const id = await store.interviews.insert(
      {
        applicationId: appId,
        round: 1,
        kind: 'video',
        state: 'held',
        startAt: T0,
        durationMin: 45,
        timeZone: null,
        location: null,
        late: true,
        topics: ['billing', 'on-call'],
        nextSteps: 'panel',
        decisionBy: '2026-03-10',
        followUpOn: null,
        documentsOwed: ['references'],
        skillGaps: ['Kubernetes'],
        outcome: null,
        notes: null,
        interviewerIds: [bo.id, ana.id],
      },
      T0,
    );
    const i = await store.interviews.get(id);
    expect(i).toMatchObject({
      late: true,
      topics: ['billing', 'on-call'],
      documentsOwed: ['references'],
      skillGaps: ['Kubernetes'],
      decisionBy: '2026-03-10',
    });
    expect(i!.interviewers.map((p) => p.name)).toEqual(['Bo Chen', 'Ana Ruiz']);
    await store.interviews.update(id, { ...i!, topics: ['billing'], interviewerIds: [ana.id] }, T1);
    const j = await store.interviews.get(id);
    expect(j!.topics).toEqual(['billing']);
    expect(j!.interviewers.map((p) => p.name)).toEqual(['Ana Ruiz']);
    expect(await store.contacts.countAtCompany(app!.companyId, [ana.id, bo.id])).toBe(0);
  });

  it('lists due pending actions in due order with their application', async () => {
    const appId = await anApplication();
    const row = (key: string, title: string, due: string) =>
      newAction(key, due, { title, seeds: ['001'], applicationId: appId });
    await store.actions.insert(row('k2', 'later', T1), T0);
    await store.actions.insert(row('k1', 'sooner', T0), T0);
    const done = await store.actions.insert(row('k3', 'finished', T0), T0);
    await store.actions.update(done, { status: 'done', completedAt: T0 }, T0);
    const due = await store.actions.list({ dueBy: T1 });
    expect(due.map((a) => a.title)).toEqual(['sooner', 'later']);
    expect(due[0]).toMatchObject({ company: 'Acme Inc.', role: 'Engineer', seeds: ['001'] });
    expect((await store.actions.list({ all: true })).length).toBe(3);
  });

  it('takes the first actions by due time when limited, with every filter, ties by id', async () => {
    const a = await anApplication();
    const b = await anApplication('Globex');
    // Inserted out of due order, so that id order and due order differ.
    for (const [key, due, app] of [
      ['a3', '2026-03-05T10:00:00.000Z', a],
      ['b1', '2026-03-02T10:00:00.000Z', b],
      ['a1', '2026-03-02T10:00:00.000Z', a],
      ['a2', '2026-03-04T10:00:00.000Z', a],
      ['a0', '2026-03-01T10:00:00.000Z', a],
    ] as const) {
      await store.actions.insert(newAction(key, due, { applicationId: app }), T0);
    }
    const keys = async (q: Parameters<Store['actions']['list']>[0]) =>
      (await store.actions.list(q)).map((x) => x.key);
    expect(await keys({})).toEqual(['a0', 'b1', 'a1', 'a2', 'a3']);
    expect(await keys({ limit: 2 })).toEqual(['a0', 'b1']);
    expect(await keys({ dueFrom: '2026-03-02T00:00:00.000Z', limit: 3 })).toEqual([
      'b1',
      'a1',
      'a2',
    ]);
    expect(await keys({ applicationId: a, limit: 3 })).toEqual(['a0', 'a1', 'a2']);
    expect(await keys({ applicationId: a, dueBy: '2026-03-04T10:00:00.000Z' })).toEqual([
      'a0',
      'a1',
      'a2',
    ]);
  });

  it('refuses a duplicate action key', async () => {
    const row = newAction('same', T0);
    await store.actions.insert(row, T0);
    await expect(store.actions.insert(row, T0)).rejects.toThrow();
    expect((await store.actions.list({ all: true })).map((a) => a.key)).toEqual(['same']);
  });

  it('rolls a failed transaction back whole', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.companies.findOrCreate('Initech', T0);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.companies.names()).toEqual([]);
  });
});
