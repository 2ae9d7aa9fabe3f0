import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { invalidInput } from '../errors.js';
import type { Instant } from '../types.js';
import {
  REVIEW_RATINGS,
  type CardPhase,
  type CardState,
  type ReviewEntry,
  type ReviewRating,
} from './types.js';

/**
 * Spaced repetition of better answers (seed 000: "review it before your next interview") with
 * FSRS through ts-fsrs. ts-fsrs is pure when given the time, so `now` is always passed in.
 * Fuzz is off: the same reviews at the same times give the same schedule, which the tests and
 * the user's sense of "why is this due today" both rely on.
 */
const scheduler = fsrs({ enable_fuzz: false });

const GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const PHASE: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const iso = (d: Date): Instant => d.toISOString();

const toState = (c: Card): CardState => ({
  due: iso(c.due),
  phase: PHASE[c.state],
  stability: c.stability,
  difficulty: c.difficulty,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  lastReview: c.last_review === undefined ? null : iso(c.last_review),
});

/**
 * ts-fsrs's Card still carries the deprecated `elapsed_days`; it only feeds the log, and the
 * schedule comes from `last_review`, so an empty card supplies it and we never store it.
 */
const toCard = (s: CardState): Card => ({
  ...createEmptyCard(new Date(s.due)),
  due: new Date(s.due),
  state: STATE[s.phase],
  stability: s.stability,
  difficulty: s.difficulty,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  ...(s.lastReview === null ? {} : { last_review: new Date(s.lastReview) }),
});

/** A new card, due at once: a better answer is worth a first look the day it is written. */
export function newCard(now: Instant): CardState {
  return toState(createEmptyCard(new Date(now)));
}

/** Schedules a card after a review at `now`; returns the new state and the log entry. */
export function reviewCard(
  card: CardState,
  rating: ReviewRating,
  now: Instant,
): { card: CardState; entry: ReviewEntry } {
  const { card: next, log } = scheduler.next(toCard(card), new Date(now), GRADE[rating]);
  return {
    card: toState(next),
    entry: {
      rating,
      phase: PHASE[log.state],
      due: iso(log.due),
      stability: log.stability,
      difficulty: log.difficulty,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: iso(log.review),
    },
  };
}

/** When the card would next be due for each rating, so a prompt can show what each choice means. */
export function previewCard(card: CardState, now: Instant): Record<ReviewRating, Instant> {
  const preview = scheduler.repeat(toCard(card), new Date(now));
  return {
    again: iso(preview[Rating.Again].card.due),
    hard: iso(preview[Rating.Hard].card.due),
    good: iso(preview[Rating.Good].card.due),
    easy: iso(preview[Rating.Easy].card.due),
  };
}

/** `1`–`4` or `again`/`hard`/`good`/`easy` (any case) → a rating; throws otherwise. */
export function parseReviewRating(raw: string, field = 'rating'): ReviewRating {
  const s = raw.trim().toLowerCase();
  const byNumber = /^[1-4]$/.test(s) ? REVIEW_RATINGS[Number(s) - 1] : undefined;
  const byName = REVIEW_RATINGS.find((r) => r === s);
  const rating = byNumber ?? byName;
  if (rating === undefined) {
    throw invalidInput(`rating must be 1-4 or again, hard, good, easy; got "${raw.trim()}"`, field);
  }
  return rating;
}

/** Whether a card is due at `at`. */
export const isDue = (card: CardState, at: Instant): boolean => card.due <= at;
