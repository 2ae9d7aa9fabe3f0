import { describe, expect, it } from 'vitest';
import { isDue, newCard, parseReviewRating, previewCard, reviewCard } from './fsrs.js';
import type { CardState, ReviewRating } from './types.js';

const T0 = '2026-03-02T22:00:00.000Z';
const DAY = 86_400_000;
const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / DAY;

/** Reviews a card at each due time (a fake clock that jumps to the due date), returning the states. */
function run(ratings: ReviewRating[]): CardState[] {
  let card = newCard(T0);
  const out: CardState[] = [];
  for (const r of ratings) {
    card = reviewCard(card, r, card.due).card;
    out.push(card);
  }
  return out;
}

describe('FSRS scheduling (ts-fsrs, fuzz off)', () => {
  it('starts a new card due at once', () => {
    const c = newCard(T0);
    expect(c).toMatchObject({ due: T0, phase: 'new', reps: 0, lapses: 0, lastReview: null });
    expect(isDue(c, T0)).toBe(true);
  });

  it('spaces good reviews further and further apart', () => {
    const states = run(['good', 'good', 'good', 'good', 'good']);
    expect(states.map((s) => s.phase)).toEqual([
      'learning',
      'review',
      'review',
      'review',
      'review',
    ]);
    const gaps = states.map((s) => days(s.lastReview ?? T0, s.due));
    for (let i = 2; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? 0);
    expect(states.at(-1)?.reps).toBe(5);
  });

  it('sends a forgotten card back to relearning, counts the lapse and shortens the interval', () => {
    const states = run(['good', 'good', 'good', 'again', 'good']);
    const lapse = states[3];
    expect(lapse?.phase).toBe('relearning');
    expect(lapse?.lapses).toBe(1);
    expect(days(lapse?.lastReview ?? T0, lapse?.due ?? T0)).toBeLessThan(1);
    expect(states[4]?.stability).toBeLessThan(states[2]?.stability ?? 0);
  });

  it('is deterministic: the same reviews at the same times give the same schedule', () => {
    expect(run(['good', 'hard', 'easy', 'again', 'good'])).toEqual(
      run(['good', 'hard', 'easy', 'again', 'good']),
    );
  });

  it('orders the outcomes: easy later than good later than hard later than again', () => {
    const after = reviewCard(
      reviewCard(newCard(T0), 'good', T0).card,
      'good',
      '2026-03-03T22:00:00.000Z',
    ).card;
    const p = previewCard(after, after.due);
    expect(p.again < p.hard && p.hard < p.good && p.good < p.easy).toBe(true);
  });

  it('logs each review with the state before it', () => {
    const first = reviewCard(newCard(T0), 'good', T0);
    expect(first.entry).toMatchObject({ rating: 'good', phase: 'new', reviewedAt: T0 });
    const second = reviewCard(first.card, 'easy', first.card.due);
    expect(second.entry).toMatchObject({
      rating: 'easy',
      phase: 'learning',
      reviewedAt: first.card.due,
    });
  });

  it('reads ratings as 1-4 or names', () => {
    expect(
      ['1', '2', '3', '4', 'Again', 'HARD', ' good ', 'easy'].map((r) => parseReviewRating(r)),
    ).toEqual(['again', 'hard', 'good', 'easy', 'again', 'hard', 'good', 'easy']);
    for (const bad of ['0', '5', 'ok', '']) {
      expect(() => parseReviewRating(bad)).toThrow(/rating must be 1-4 or again, hard, good, easy/);
    }
  });
});
