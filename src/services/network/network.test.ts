import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftForAction } from '../messages/drafts.js';
import { debriefWorld, type DebriefWorld } from '../test/debrief-world.js';
import { parseInput } from '../input.js';
import { addContact } from './contacts.js';
import { applicationNetwork, decideMatch } from './network.js';
import { contactAddInput } from './schema.js';

let w: DebriefWorld;
beforeEach(() => {
  w = debriefWorld('2026-03-02T17:00');
});
afterEach(async () => {
  await w.cleanup();
});

const person = (name: string, company: string, title?: string) =>
  addContact(w.ctx, parseInput(contactAddInput, { name, company, title }));

describe('the network of an application', () => {
  it('names the people at the company with reasons, leaves false friends out, suggests near misses', async () => {
    const app = await w.app('Globex', 'Engineer');
    await person('Dana Okafor', 'Globex Corporation', 'Staff Engineer');
    await person('Luis Ortega', 'globex');
    await person('Sam Lee', 'Globex Labs');
    await person('Priya Raman', 'Globex Cleaning Services');
    await w.held(app, {
      at: '2026-03-02T10:00',
      interviewers: ['Bill Lumbergh <bill@globex.example>'],
    });
    const n = await applicationNetwork(w.ctx, app);
    expect(n.people.map((p) => [p.contact.name, p.status, p.reason])).toEqual([
      [
        'Dana Okafor',
        'linked',
        '"Globex Corporation" is "Globex" once case, accents, punctuation and legal suffixes are set aside',
      ],
      ['Luis Ortega', 'linked', 'works at Globex'],
      ['Bill Lumbergh', 'interviewer', 'interviewed you for Engineer'],
    ]);
    expect(
      n.suggestions.map((s) => [s.employer, s.match.kind, s.people.map((p) => p.name)]),
    ).toEqual([['Globex Labs', 'generic_word', ['Sam Lee']]]);
    expect(n.action?.title).toBe('Reach out to Dana Okafor and Luis Ortega at Globex');
    expect(n.action?.contactId).toBe(n.people[0]?.contact.id);
  });

  it('a confirmed match is remembered, links the people and renames the action; a rejection hides it', async () => {
    const app = await w.app('Globex', 'Engineer');
    await w.held(app, { at: '2026-03-02T10:00', interviewers: ['Bill Lumbergh'] });
    await person('Sam Lee', 'Globex Labs');
    await person('Ana Silva', 'Globex Group');
    expect((await applicationNetwork(w.ctx, app)).action?.title).toBe(
      'Look for people you know at Globex',
    );
    const confirmed = await decideMatch(w.ctx, app, {
      employer: 'Globex Labs',
      decision: 'confirmed',
    });
    expect(confirmed.people.map((p) => [p.contact.name, p.status])).toEqual([
      ['Sam Lee', 'confirmed'],
      ['Bill Lumbergh', 'interviewer'],
    ]);
    expect(confirmed.action?.title).toBe('Reach out to Sam Lee at Globex');
    // Later people with that employer follow the verdict.
    await person('Kim Park', 'Globex Labs');
    const rejected = await decideMatch(w.ctx, app, {
      employer: 'Globex Group',
      decision: 'rejected',
    });
    expect(rejected.people.map((p) => p.contact.name)).toEqual([
      'Kim Park',
      'Sam Lee',
      'Bill Lumbergh',
    ]);
    expect(rejected.suggestions).toEqual([]);
    await expect(
      decideMatch(w.ctx, app, { employer: '--', decision: 'rejected' }),
    ).rejects.toMatchObject({
      field: 'employer',
    });
  });

  it("the network action's outreach is addressed to a chosen person, as a LinkedIn note or an e-mail", async () => {
    const app = await w.app('Globex', 'Engineer');
    await person('Dana Okafor', 'Globex');
    await person('Luis Ortega', 'Globex');
    await w.held(app, { at: '2026-03-02T10:00', interviewers: ['Bill Lumbergh'] });
    const action = (await applicationNetwork(w.ctx, app)).action;
    if (action === null) throw new Error('no network action');
    const note = await draftForAction(w.ctx, action.id, { channel: 'linkedin', to: 'Luis Ortega' });
    expect(note.message.recipientName).toBe('Luis Ortega');
    expect(note.message.body.length).toBeLessThanOrEqual(300);
    expect(note.message.body).toContain('Luis');
    const mail = await draftForAction(w.ctx, action.id, { channel: 'email' });
    expect(mail.message.recipientName).toBe('Dana Okafor');
  });
});
