import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../domain/types.js';
import { saveDebrief, type DebriefFields } from './debriefs.js';
import { debriefWorld, type DebriefWorld } from '../test/debrief-world.js';
import { debriefTrends } from './trends.js';

let w: DebriefWorld;
let appId: number;
let ivId: number;

beforeEach(async () => {
  w = debriefWorld('2026-03-02T17:00');
  appId = await w.app();
  ivId = await w.held(appId, {
    at: '2026-03-02T13:00',
    duration: '45m',
    interviewers: ['Priya Raman <priya@northwind.example>'],
    owe: ['references'],
  });
});
afterEach(async () => {
  await w.cleanup();
});

const TWO_WEAK: DebriefFields = {
  checks: { on_time: 'yes', researched: 'partly', awkward: 'yes: forgot a name' },
  overall: '2',
  wentWell: ['billing migration story'],
  improve: ['shorter answers'],
  issues: ['they worry about on-call load'],
  owe: ['architecture diagram', 'References'],
  gaps: ['Kafka consumer groups'],
  questions: [
    'Tell me about a conflict with a colleague | rambled | 2 | STAR: the schema dispute and the ADR',
    'How do you keep events consistent? | vague | 1 | outbox, idempotent consumers',
    'Why Northwind? | clear | 4',
  ],
};

const actions = async (): Promise<Action[]> => w.store.actions.listFor([appId]);
const of = (all: Action[], kind: string) => all.filter((a) => a.kind === kind);

describe('saving a debrief', () => {
  it('completes the debrief action, turns owed documents and gaps into actions, and makes cards', async () => {
    const r = await saveDebrief(w.ctx, ivId, TWO_WEAK);
    expect(r.created).toBe(true);
    expect(r.completed?.kind).toBe('debrief');
    const all = await actions();
    expect(of(all, 'debrief').map((a) => a.status)).toEqual(['done']);
    // "References" repeats the interview's "references" (case-insensitively): one action, not two.
    expect(of(all, 'send_documents').map((a) => [a.title, a.status])).toEqual([
      ['Send references to Priya Raman', 'pending'],
      ['Send architecture diagram to Priya Raman', 'pending'],
    ]);
    const gaps = of(all, 'skill_gap');
    expect(gaps.map((a) => a.title)).toEqual([
      'Work on a skill gap before the next round: Kafka consumer groups',
    ]);
    expect(gaps[0]?.why).toMatch(/\(seed 004\)$/);

    const bank = await w.store.questions.list();
    expect(bank.map((q) => [q.text, q.card?.phase ?? null])).toEqual([
      ['Tell me about a conflict with a colleague', 'new'],
      ['How do you keep events consistent?', 'new'],
      ['Why Northwind?', null],
    ]);
    expect(r.newCards).toEqual([bank[0]?.id, bank[1]?.id]);
    const due = await w.store.questions.list({ dueBy: w.ctx.now() });
    expect(due.map((q) => q.betterAnswer)).toEqual([
      'STAR: the schema dispute and the ADR',
      'outbox, idempotent consumers',
    ]);
    expect(r.debrief).toMatchObject({ overall: 2, issues: ['they worry about on-call load'] });
    expect(r.debrief.checklist.map((c) => c.item)).toEqual(['on_time', 'researched', 'awkward']);
  });

  it('updates the same debrief when saved again: no duplicate rows, actions or cards', async () => {
    const first = await saveDebrief(w.ctx, ivId, TWO_WEAK);
    const before = await actions();
    w.at('2026-03-02T18:00');
    const again = await saveDebrief(w.ctx, ivId, TWO_WEAK);
    expect(again.created).toBe(false);
    expect(again.debrief.id).toBe(first.debrief.id);
    expect(again.newCards).toEqual([]);
    expect(again.completed).toBeNull();
    expect(again.plan).toEqual({ inserted: [], updated: [] });
    expect((await actions()).map((a) => [a.id, a.key, a.status])).toEqual(
      before.map((a) => [a.id, a.key, a.status]),
    );
    expect(await w.store.questions.list()).toHaveLength(3);
    expect(again.debrief.questions).toHaveLength(3);
  });

  it('keeps fields it was not given and retires actions for items taken back', async () => {
    await saveDebrief(w.ctx, ivId, TWO_WEAK);
    const r = await saveDebrief(w.ctx, ivId, { owe: [], checks: { dressed: 'yes' } });
    expect(r.debrief.skillGaps).toEqual(['Kafka consumer groups']);
    expect(r.debrief.checklist.map((c) => c.item)).toEqual([
      'on_time',
      'researched',
      'dressed',
      'awkward',
    ]);
    const docs = of(await actions(), 'send_documents');
    expect(docs.map((a) => [a.title, a.status, a.reason])).toEqual([
      ['Send references to Priya Raman', 'pending', null],
      ['Send architecture diagram to Priya Raman', 'cancelled', 'no longer applies'],
    ]);
  });

  it('removes a question dropped from the debrief when it was never reviewed', async () => {
    await saveDebrief(w.ctx, ivId, TWO_WEAK);
    await saveDebrief(w.ctx, ivId, { questions: ['Why Northwind? | clear | 4'] });
    expect((await w.store.questions.list()).map((q) => q.text)).toEqual(['Why Northwind?']);
  });

  it('recognises a question asked again at another company and links it', async () => {
    const first = await saveDebrief(w.ctx, ivId, TWO_WEAK);
    const conflictId = first.debrief.questions[0]?.questionId;
    w.at('2026-03-09T17:00');
    const globex = await w.app('Globex', 'SRE');
    const iv2 = await w.held(globex, { at: '2026-03-09T10:00' });
    const r = await saveDebrief(w.ctx, iv2, {
      questions: [
        'Can you tell me about a conflict with a colleague? | better | 3 | STAR, shorter',
      ],
    });
    expect(r.debrief.questions[0]?.questionId).toBe(conflictId);
    expect(r.linked).toEqual([conflictId]);
    expect(r.newCards).toEqual([]);
    const q = await w.store.questions.get(conflictId ?? 0);
    expect(q?.askedAt.map((a) => [a.company, a.rating])).toEqual([
      ['Northwind Traders', 2],
      ['Globex', 3],
    ]);
    // The latest interview's better answer is the one to review.
    expect(q?.betterAnswer).toBe('STAR, shorter');
    expect(await w.store.questions.list()).toHaveLength(3);
  });

  it('debriefs a scheduled interview that has ended, marking it held', async () => {
    const later = await w.scheduled(appId, { at: '2026-03-03T10:00' });
    w.at('2026-03-03T12:00');
    const r = await saveDebrief(w.ctx, later, { checks: { on_time: 'yes' } });
    expect(r.interview.state).toBe('held');
    expect(r.completed?.interviewId).toBe(later);
  });
});

describe('a refused debrief saves nothing', () => {
  const expectUntouched = async () => {
    expect(await w.store.debriefs.getByInterview(ivId)).toBeUndefined();
    expect(await w.store.questions.list()).toEqual([]);
    expect(of(await actions(), 'debrief').map((a) => a.status)).toEqual(['pending']);
  };

  it.each([
    [{ ...TWO_WEAK, questions: ['Q | a | 5'] }, /rating must be a whole number from 1 to 4/],
    [
      { ...TWO_WEAK, checks: { conversation: 'kind of' } },
      /checks.conversation must be yes, partly or no/,
    ],
    [{}, /nothing to save/],
  ])('%#: %s', async (fields, message) => {
    await expect(saveDebrief(w.ctx, ivId, fields)).rejects.toThrow(message);
    await expectUntouched();
  });

  it('refuses an interview that has not happened yet, or was cancelled', async () => {
    const next = await w.scheduled(appId, { at: '2026-03-05T10:30' });
    await expect(saveDebrief(w.ctx, next, TWO_WEAK)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/interview \d+ has not happened yet/) as string,
    });
    await expect(saveDebrief(w.ctx, 999, TWO_WEAK)).rejects.toMatchObject({ code: 'not_found' });
    expect(await w.store.debriefs.getByInterview(next)).toBeUndefined();
    await expectUntouched();
  });
});

describe('trends', () => {
  it('reports the checklist score and average rating per debriefed interview', async () => {
    await saveDebrief(w.ctx, ivId, TWO_WEAK);
    w.at('2026-03-09T17:00');
    const iv2 = await w.held(appId, { at: '2026-03-09T10:00' });
    await saveDebrief(w.ctx, iv2, {
      checks: { on_time: 'yes', researched: 'yes', awkward: 'no' },
      questions: ['Tell me about a conflict with a colleague | used STAR | 4'],
    });
    const t = await debriefTrends(w.ctx);
    expect(t.points.map((p) => [p.interviewId, p.checklistScore, p.averageRating])).toEqual([
      [ivId, 50, 2.33],
      [iv2, 100, 4],
    ]);
    expect(t.checklist.change).toBe(50);
    expect(t.rating.change).toBe(1.67);
  });
});
