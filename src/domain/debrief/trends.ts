import type { Instant } from '../types.js';
import { checklistScore } from './checklist.js';
import type { CheckEntry, SelfRating } from './types.js';

/**
 * Improvement over time (seeds 000, 004: every interview is experience): per debriefed
 * interview, the checklist score and the average rating of the answers.
 */

export interface TrendInput {
  interviewId: number;
  applicationId: number;
  company: string;
  role: string;
  round: number;
  kind: string;
  startAt: Instant;
  checklist: readonly CheckEntry[];
  overall: SelfRating | null;
  ratings: readonly (SelfRating | null)[];
}

export interface TrendPoint extends Omit<TrendInput, 'checklist' | 'ratings'> {
  /** 0–100, or null when no checklist item was answered. */
  checklistScore: number | null;
  checklistAnswered: number;
  /** Mean of the rated answers, 1–4 to two decimals, or null when none was rated. */
  averageRating: number | null;
  ratedQuestions: number;
}

export interface TrendSeries {
  first: number | null;
  latest: number | null;
  /** latest − first: positive means better. */
  change: number | null;
}

export interface Trends {
  points: TrendPoint[];
  checklist: TrendSeries;
  rating: TrendSeries;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The mean of the given ratings to two decimals; null when none. */
export function averageRating(ratings: readonly (SelfRating | null)[]): number | null {
  const rated = ratings.filter((r): r is SelfRating => r !== null);
  if (rated.length === 0) return null;
  return round2(rated.reduce((s, r) => s + r, 0) / rated.length);
}

function series(values: (number | null)[]): TrendSeries {
  const known = values.filter((v): v is number => v !== null);
  const first = known[0] ?? null;
  const latest = known[known.length - 1] ?? null;
  return {
    first,
    latest,
    change: first === null || latest === null ? null : round2(latest - first),
  };
}

/** One point per debriefed interview, oldest first, plus first/latest/change per measure. */
export function trendsOf(inputs: readonly TrendInput[]): Trends {
  const points = [...inputs]
    .sort((a, b) =>
      a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.interviewId - b.interviewId,
    )
    .map(({ checklist, ratings, ...rest }) => ({
      ...rest,
      checklistScore: checklistScore(checklist),
      checklistAnswered: checklist.length,
      averageRating: averageRating(ratings),
      ratedQuestions: ratings.filter((r) => r !== null).length,
    }));
  return {
    points,
    checklist: series(points.map((p) => p.checklistScore)),
    rating: series(points.map((p) => p.averageRating)),
  };
}
