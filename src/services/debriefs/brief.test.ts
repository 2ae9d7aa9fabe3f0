import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markDone } from '../actions/actions.js';
import { buildBrief, briefForAction } from './brief.js';
import { saveDebrief } from './debriefs.js';
import { presentBrief } from '../present/present-debrief.js';
import { debriefWorld, ZONE, type DebriefWorld } from '../test/debrief-world.js';

let w: DebriefWorld;
let appId: number;
let round1: number;
let round2: number;

beforeEach(async () => {
  w = debriefWorld('2026-03-02T17:00');
  appId = await w.app();
  round1 = await w.held(appId, {
    at: '2026-03-02T13:00',
    duration: '45m',
    interviewers: ['Priya Raman <priya@northwind.example>', 'Tom Becker'],
    topics: ['event sourcing for billing'],
    nextSteps: 'technical round with the platform team',
    owe: ['references'],
  });
  round2 = await w.scheduled(appId, {
    at: '2026-03-05T10:30',
    kind: 'technical',
    interviewers: [
      'Priya Raman <priya@northwind.example>',
      'Diego Alvarez <diego@northwind.example>',
    ],
    location: 'https://meet.example/northwind',
  });
  await saveDebrief(w.ctx, round1, {
    checks: { on_time: 'yes', conversation: 'partly' },
    wentWell: ['billing migration story'],
    improve: ['shorter answers'],
    issues: ['they worry about on-call load'],
    owe: ['architecture diagram'],
    gaps: ['Kafka consumer groups'],
    questions: [
      'Tell me about a conflict | rambled | 2 | STAR: the schema dispute',
      'How do you keep events consistent? | vague | 1 | outbox, idempotent consumers',
      'Why Northwind? | clear | 4',
    ],
  });
});
afterEach(async () => {
  await w.cleanup();
});

describe('the brief for a second round', () => {
  it('gathers the interviewers, the first round, its questions, due cards, gaps and documents', async () => {
    w.at('2026-03-04T18:00');
    const b = await buildBrief(w.ctx, round2);
    expect(b.interview.id).toBe(round2);
    expect(b.interviewers.map((p) => [p.contact.name, p.met.map((m) => m.interviewId)])).toEqual([
      ['Priya Raman', [round1]],
      ['Diego Alvarez', []],
    ]);
    expect(b.earlierRounds).toHaveLength(1);
    const r1 = b.earlierRounds[0];
    expect(r1?.interview.topics).toEqual(['event sourcing for billing']);
    expect(r1?.interview.nextSteps).toBe('technical round with the platform team');
    expect(r1?.debrief).toMatchObject({
      improve: ['shorter answers'],
      issues: ['they worry about on-call load'],
    });
    expect(b.askedHere.map((q) => [q.text, q.betterAnswer])).toEqual([
      ['Tell me about a conflict', 'STAR: the schema dispute'],
      ['How do you keep events consistent?', 'outbox, idempotent consumers'],
      ['Why Northwind?', null],
    ]);
    expect(b.dueCards.map((q) => q.text)).toEqual([
      'Tell me about a conflict',
      'How do you keep events consistent?',
    ]);
    expect(b.skillGaps.map((o) => [o.text, o.round, o.actionId !== null])).toEqual([
      ['Kafka consumer groups', 1, true],
    ]);
    expect(b.documentsOwed.map((o) => o.text)).toEqual(['references', 'architecture diagram']);
    expect(b.prepAction?.kind).toBe('prep_next_round');
    expect(b.reminder.text).toMatch(/ask about the next steps and when you should follow up/);

    const json = presentBrief(b, ZONE);
    expect(json.interview.start).toBe('2026-03-05T10:30:00-05:00');
    expect(json.reminder_seeds).toEqual(['001', '004']);
  });

  it('drops what was done, and is reachable from the prep_next_round action', async () => {
    const b0 = await buildBrief(w.ctx, round2);
    const sent = b0.documentsOwed[0]?.actionId ?? 0;
    await markDone(w.ctx, sent);
    const prep = b0.prepAction?.id ?? 0;
    const b = await briefForAction(w.ctx, prep);
    expect(b.documentsOwed.map((o) => o.text)).toEqual(['architecture diagram']);
  });

  it('refuses an interview that already happened', async () => {
    await expect(buildBrief(w.ctx, round1)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already happened/) as string,
    });
  });
});
