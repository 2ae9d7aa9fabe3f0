import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAfterviewError } from '../../domain/errors.js';
import { parseInput } from '../input.js';
import { debriefWorld, type DebriefWorld } from '../test/debrief-world.js';
import { addContact, editContact, getContact, listContacts, mergeContacts } from './contacts.js';
import { contactAddInput, contactEditInput } from './schema.js';

let w: DebriefWorld;
beforeEach(() => {
  w = debriefWorld('2026-03-02T17:00');
});
afterEach(async () => {
  await w.cleanup();
});

const add = (v: Record<string, unknown>) => addContact(w.ctx, parseInput(contactAddInput, v));

describe('contacts', () => {
  it('an interviewer named at two interviews is one contact (by e-mail, else name and company)', async () => {
    const app = await w.app('Globex', 'Engineer');
    await w.held(app, { at: '2026-03-02T10:00', interviewers: ['Dana Okafor'] });
    await w.held(app, {
      at: '2026-03-02T13:00',
      interviewers: ['Dana Okafor <dana@globex.example>', 'Luis Ortega <luis@globex.example>'],
    });
    await w.held(app, { at: '2026-03-02T15:00', interviewers: ['dana@globex.example'] });
    const { contacts } = await listContacts(w.ctx, {});
    expect(contacts.map((c) => [c.name, c.email, c.company, c.source])).toEqual([
      ['Dana Okafor', 'dana@globex.example', 'Globex', 'interview'],
      ['Luis Ortega', 'luis@globex.example', 'Globex', 'interview'],
    ]);
    const dana = await getContact(w.ctx, contacts[0]?.id ?? 0);
    expect(dana.applications).toEqual([
      { id: app, company: 'Globex', role: 'Engineer', status: 'interviewing', via: 'interviewer' },
    ]);
  });

  it('adds, edits (empty clears) and finds by query; the company links to yours', async () => {
    const app = await w.app('Globex Corporation', 'Engineer');
    const c = await add({ name: 'Sam Lee', company: 'Globex, Inc.', email: 'SAM@x.example' });
    expect(c).toMatchObject({
      email: 'sam@x.example',
      employer: 'Globex, Inc.',
      company: 'Globex Corporation',
    });
    expect(c.applications.map((a) => [a.id, a.via])).toEqual([[app, 'company']]);
    const e = await editContact(
      w.ctx,
      c.id,
      parseInput(contactEditInput, { title: 'Designer', email: '' }),
    );
    expect(e).toMatchObject({ title: 'Designer', email: null });
    expect((await listContacts(w.ctx, { q: 'design' })).contacts.map((x) => x.id)).toEqual([c.id]);
    expect((await listContacts(w.ctx, { q: '50%' })).contacts).toEqual([]);
  });

  it('refuses a second contact with the same e-mail and bad input, naming the field', async () => {
    await add({ name: 'Sam Lee', email: 'sam@x.example' });
    await expect(add({ name: 'Sam L', email: 'sam@x.example' })).rejects.toMatchObject({
      code: 'conflict',
      field: 'email',
    });
    for (const [v, field] of [
      [{ name: '' }, 'name'],
      [{ name: 'A', email: 'nope' }, 'email'],
      [{ name: 'A', relationship: 'friend' }, 'relationship'],
      [{ name: 'A', linkedin_url: 'linkedin' }, 'linkedin_url'],
    ] as const) {
      try {
        await add(v);
        expect.fail('accepted');
      } catch (e) {
        expect(isAfterviewError(e) && e.field).toBe(field);
      }
    }
    expect((await listContacts(w.ctx, {})).total).toBe(1);
  });

  it('merges two records of one person, keeping every link and filling gaps', async () => {
    const app = await w.app('Globex', 'Engineer');
    await w.held(app, {
      at: '2026-03-02T10:00',
      interviewers: ['Dana Okafor <dana@globex.example>'],
    });
    const keep = await add({
      name: 'Dana Okafor',
      company: 'Globex',
      phone: '555-0100',
      notes: 'met at a meetup',
    });
    const drop = (await listContacts(w.ctx, { q: 'dana@' })).contacts[0];
    if (drop === undefined) throw new Error('no interviewer');
    const merged = await mergeContacts(w.ctx, { keep: keep.id, drop: drop.id });
    expect(merged).toMatchObject({ email: 'dana@globex.example', phone: '555-0100' });
    expect(merged.applications.map((a) => a.via)).toEqual(['interviewer']);
    const actions = await w.store.actions.listFor([app]);
    expect(actions.filter((a) => a.kind === 'thank_you').map((a) => a.contactId)).toEqual([
      keep.id,
    ]);
    await expect(getContact(w.ctx, drop.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(mergeContacts(w.ctx, { keep: keep.id, drop: keep.id })).rejects.toMatchObject({
      field: 'drop',
    });
  });
});
