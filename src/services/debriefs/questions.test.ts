import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDebrief } from './debriefs.js';
import { dueQuestions, getQuestion, reviewQuestion } from './questions.js';
import { debriefWorld, local, type DebriefWorld } from '../test/debrief-world.js';

let w: DebriefWorld;
let weak: number;
let fine: number;

beforeEach(async () => {
  w = debriefWorld('2026-03-02T17:00');
  const app = await w.app();
  const iv = await w.held(app, { at: '2026-03-02T13:00' });
  const r = await saveDebrief(w.ctx, iv, {
    questions: [
      'Why should we hire you? | generic | 1 | three proofs, one per requirement',
      'Why us? | fine | 4',
    ],
  });
  weak = r.debrief.questions[0]?.questionId ?? 0;
  fine = r.debrief.questions[1]?.questionId ?? 0;
});
afterEach(async () => {
  await w.cleanup();
});

describe('reviewing the question bank', () => {
  it('schedules a card through several reviews on a moving clock and keeps the log', async () => {
    expect((await dueQuestions(w.ctx)).map((q) => q.id)).toEqual([weak]);

    // Each review happens when the card falls due; intervals grow as recall holds.
    const dues: string[] = [];
    for (const rating of ['good', 'good', 'good', '3']) {
      const r = await reviewQuestion(w.ctx, weak, rating);
      const due = r.question.card?.due ?? '';
      dues.push(due);
      expect(await dueQuestions(w.ctx)).toEqual([]);
      w.at(due.replace('.000Z', 'Z'));
      expect((await dueQuestions(w.ctx)).map((q) => q.id)).toEqual([weak]);
    }
    const gaps = dues.map(
      (d, i) =>
        Date.parse(d) - Date.parse(i === 0 ? local('2026-03-02T17:00') : (dues[i - 1] ?? '')),
    );
    for (let i = 2; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? 0);

    // Forgetting it sends it back to relearning, due within the day.
    const lapse = await reviewQuestion(w.ctx, weak, 'again');
    expect(lapse.question.card).toMatchObject({ phase: 'relearning', lapses: 1 });
    expect(Date.parse(lapse.question.card?.due ?? '') - Date.parse(w.ctx.now())).toBeLessThan(
      86_400_000,
    );

    const { reviews, question } = await getQuestion(w.ctx, weak);
    expect(reviews.map((r) => r.rating)).toEqual(['good', 'good', 'good', 'good', 'again']);
    expect(reviews.map((r) => r.phase)).toEqual(['new', 'learning', 'review', 'review', 'review']);
    expect(question.reviews).toBe(5);
  });

  it('lists cards due by a given time, the most overdue first', async () => {
    w.at('2026-03-03T09:00');
    const iv = await w.held(await w.app('Globex', 'SRE'), { at: '2026-03-03T08:00' });
    const r = await saveDebrief(w.ctx, iv, {
      questions: ['Biggest weakness? | meh | 2 | delegation, with a fix'],
    });
    const later = r.debrief.questions[0]?.questionId;
    expect((await dueQuestions(w.ctx)).map((q) => q.id)).toEqual([weak, later]);
    expect((await dueQuestions(w.ctx, { limit: 1 })).map((q) => q.id)).toEqual([weak]);
    expect(await dueQuestions(w.ctx, { by: local('2026-03-01T00:00') })).toEqual([]);
  });

  it('refuses a bad rating or a question without a better answer, saving nothing', async () => {
    await expect(reviewQuestion(w.ctx, weak, '5')).rejects.toThrow(/rating must be 1-4/);
    await expect(reviewQuestion(w.ctx, fine, 'good')).rejects.toMatchObject({ code: 'conflict' });
    await expect(reviewQuestion(w.ctx, 4242, 'good')).rejects.toMatchObject({ code: 'not_found' });
    expect((await getQuestion(w.ctx, weak)).reviews).toEqual([]);
  });
});
