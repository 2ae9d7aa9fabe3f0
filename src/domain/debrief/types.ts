import type { Instant } from '../types.js';

/**
 * The debrief and the question bank (PRODUCT.md §4 Debrief and Question, §7): what the seeker
 * writes down after every interview so that the next one goes better.
 */

/** The seven checklist items of seed 000, in the article's order. */
export const CHECKLIST_ITEMS = [
  'on_time',
  'researched',
  'dressed',
  'conversation',
  'connected',
  'introduction',
  'awkward',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const CHECK_ANSWERS = ['yes', 'partly', 'no'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

export interface CheckEntry {
  item: ChecklistItem;
  answer: CheckAnswer;
  note: string | null;
}

/** The lists a debrief keeps, named after the prompts of seeds 000 and 003. */
export const DEBRIEF_LISTS = [
  'wentWell',
  'improve',
  'issues',
  'documentsOwed',
  'skillGaps',
] as const;
export type DebriefList = (typeof DEBRIEF_LISTS)[number];

/** A self-rating of one answer or of the whole interview: 1 poor … 4 strong. */
export type SelfRating = 1 | 2 | 3 | 4;

/** One question as the seeker noted it in a debrief. */
export interface QuestionRow {
  text: string;
  answer: string | null;
  rating: SelfRating | null;
  betterAnswer: string | null;
}

/** A stored row: the row plus the bank question it is linked to. */
export interface DebriefQuestion extends QuestionRow {
  questionId: number;
}

/** What a save writes: validated, complete. */
export interface DebriefContent {
  checklist: CheckEntry[];
  overall: SelfRating | null;
  wentWell: string[];
  improve: string[];
  issues: string[];
  documentsOwed: string[];
  skillGaps: string[];
  questions: QuestionRow[];
}

export interface Debrief extends Omit<DebriefContent, 'questions'> {
  id: number;
  interviewId: number;
  questions: DebriefQuestion[];
  createdAt: Instant;
  updatedAt: Instant;
}

/** FSRS review grades (ts-fsrs Again/Hard/Good/Easy). */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export const CARD_PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

/** A review card's FSRS state, in our own serialisable shape (instants as ISO UTC). */
export interface CardState {
  due: Instant;
  phase: CardPhase;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Instant | null;
}

/** One entry of a card's review log: the grade and the state the card was in before it. */
export interface ReviewEntry {
  rating: ReviewRating;
  phase: CardPhase;
  due: Instant;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Instant;
}

/** Where a bank question was asked. */
export interface AskedAt {
  interviewId: number;
  applicationId: number;
  companyId: number;
  company: string;
  startAt: Instant;
  rating: SelfRating | null;
  answer: string | null;
}

/** A question in the bank: asked once or many times, reviewed as one card. */
export interface BankQuestion {
  id: number;
  text: string;
  normalizedText: string;
  /** The better answer written most recently (by interview date); null when none yet. */
  betterAnswer: string | null;
  card: CardState | null;
  askedAt: AskedAt[];
  reviews: number;
}
