import { describe, expect, it } from 'vitest';
import { trendsOf, type TrendInput } from './trends.js';

const input = (id: number, startAt: string, over: Partial<TrendInput> = {}): TrendInput => ({
  interviewId: id,
  applicationId: 1,
  company: 'Northwind',
  role: 'Engineer',
  round: id,
  kind: 'video',
  startAt,
  checklist: [],
  overall: null,
  ratings: [],
  ...over,
});

describe('debrief trends', () => {
  it('orders interviews by time and reports first, latest and change', () => {
    const t = trendsOf([
      input(2, '2026-03-10T15:00:00.000Z', {
        checklist: [
          { item: 'on_time', answer: 'yes', note: null },
          { item: 'awkward', answer: 'no', note: null },
        ],
        ratings: [3, 4, null],
      }),
      input(1, '2026-03-02T15:00:00.000Z', {
        checklist: [
          { item: 'on_time', answer: 'partly', note: null },
          { item: 'awkward', answer: 'yes', note: null },
        ],
        ratings: [2, 1],
      }),
      input(3, '2026-03-12T15:00:00.000Z'),
    ]);
    expect(
      t.points.map((p) => [p.interviewId, p.checklistScore, p.averageRating, p.ratedQuestions]),
    ).toEqual([
      [1, 25, 1.5, 2],
      [2, 100, 3.5, 2],
      [3, null, null, 0],
    ]);
    expect(t.checklist).toEqual({ first: 25, latest: 100, change: 75 });
    expect(t.rating).toEqual({ first: 1.5, latest: 3.5, change: 2 });
  });

  it('has nothing to say without debriefs', () => {
    expect(trendsOf([])).toEqual({
      points: [],
      checklist: { first: null, latest: null, change: null },
      rating: { first: null, latest: null, change: null },
    });
  });
});
