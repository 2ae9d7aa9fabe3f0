import { parseReviewRating, previewCard } from '../../domain/debrief/fsrs.js';
import { REVIEW_RATINGS, type BankQuestion } from '../../domain/debrief/types.js';
import { isAfterviewError } from '../../domain/errors.js';
import { parseInput } from '../../services/input.js';
import { questionListInput } from '../../services/debriefs/schema.js';
import {
  dueQuestions,
  getQuestion,
  listQuestions,
  reviewQuestion,
} from '../../services/debriefs/questions.js';
import { presentQuestion, presentReview } from '../../services/present/present-debrief.js';
import { str, when } from '../format.js';
import type { Invocation, Output } from '../spec.js';
import { stdPrompter, type Prompter } from '../prompt.js';

/** `10m`, `5h`, `3d`: how far off a due time is, for the rating prompt. */
function gap(from: string, to: string): string {
  const min = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
  if (min < 60) return `${min}m`;
  if (min < 24 * 60) return `${Math.round(min / 60)}h`;
  return `${Math.round(min / (24 * 60))}d`;
}

const where = (q: BankQuestion): string => {
  const companies = [...new Set(q.askedAt.map((a) => a.company))];
  return companies.length === 0 ? '' : `  (${companies.join(', ')})`;
};

function line(q: BankQuestion, zone: string): string {
  const due = q.card === null ? 'no card' : `due ${when(q.card.due, zone)}`;
  return `Q#${q.id}  ${due}  ${q.text}${where(q)}`;
}

/** Asks for one rating until it is valid; null when the user stops. */
async function askRating(p: Prompter, q: BankQuestion, now: string): Promise<string | null> {
  const next = q.card === null ? null : previewCard(q.card, now);
  const choices = REVIEW_RATINGS.map(
    (r, i) => `${i + 1} ${r}${next === null ? '' : ` (${gap(now, next[r])})`}`,
  ).join(', ');
  for (;;) {
    const answer = await p.ask(`  How well did you recall it? ${choices}; q stops: `);
    if (answer === null || answer.toLowerCase() === 'q') return null;
    try {
      parseReviewRating(answer);
      return answer;
    } catch (e) {
      if (!isAfterviewError(e)) throw e;
      p.say(`  ${e.message}`);
    }
  }
}

/**
 * `afterview questions review`: the due cards one by one (question, Enter reveals the better
 * answer, a rating from a line of input). Each rating is saved at once, so stopping halfway
 * keeps the reviews made. With `--json`, lists the due cards instead.
 */
export async function review(inv: Invocation): Promise<Output> {
  const due = await dueQuestions(
    inv.ctx,
    parseInput(questionListInput, { limit: str(inv.values.limit) }),
  );
  if (inv.values.json === true) {
    return { text: '', json: due.map((q) => presentQuestion(q, inv.zone)) };
  }
  if (due.length === 0) return { text: 'No questions due for review.', json: [] };
  const p = stdPrompter(false);
  const reviewed: string[] = [];
  try {
    p.say(
      `${due.length} question(s) due. Answer each aloud, press Enter to see your better answer, then rate your recall.`,
    );
    for (const [i, q] of due.entries()) {
      p.say('');
      p.say(`[${i + 1}/${due.length}] Q#${q.id}  ${q.text}${where(q)}`);
      const go = await p.ask('  (Enter reveals the better answer; q stops) ');
      if (go === null || go.toLowerCase() === 'q') break;
      p.say(`  Better answer: ${q.betterAnswer ?? ''}`);
      const rating = await askRating(p, q, inv.ctx.now());
      if (rating === null) break;
      const r = await reviewQuestion(inv.ctx, q.id, rating);
      const next = r.question.card?.due;
      p.say(`  ${r.entry.rating}: next review ${next === undefined ? '—' : when(next, inv.zone)}`);
      reviewed.push(`Q#${q.id} ${r.entry.rating}`);
    }
  } finally {
    p.close();
  }
  return {
    text: `\nReviewed ${reviewed.length} of ${due.length}${reviewed.length > 0 ? `: ${reviewed.join(', ')}` : ''}.`,
    json: null,
  };
}

export async function list(inv: Invocation): Promise<Output> {
  const qs =
    inv.values.due === true
      ? await dueQuestions(inv.ctx, parseInput(questionListInput, { limit: str(inv.values.limit) }))
      : await listQuestions(
          inv.ctx,
          parseInput(questionListInput, { limit: str(inv.values.limit) }),
        );
  return {
    text:
      qs.length === 0
        ? inv.values.due === true
          ? 'No questions due for review.'
          : 'No questions yet. They come from debriefs: afterview debrief INTERVIEW --question "…"'
        : qs.map((q) => line(q, inv.zone)).join('\n'),
    json: qs.map((q) => presentQuestion(q, inv.zone)),
  };
}

export async function show(inv: Invocation): Promise<Output> {
  const { question: q, reviews } = await getQuestion(inv.ctx, inv.positionals[0] ?? '');
  const lines = [
    line(q, inv.zone),
    `Better answer: ${q.betterAnswer ?? '(none yet)'}`,
    ...q.askedAt.map(
      (a) =>
        `  asked at ${a.company}, interview #${a.interviewId} (${when(a.startAt, inv.zone)})${a.rating === null ? '' : `, rated ${a.rating}/4`}${a.answer === null ? '' : `: ${a.answer}`}`,
    ),
    ...reviews.map((r) => `  reviewed ${when(r.reviewedAt, inv.zone)}: ${r.rating}`),
  ];
  return {
    text: lines.join('\n'),
    json: {
      ...presentQuestion(q, inv.zone),
      review_log: reviews.map((r) => presentReview(r, inv.zone)),
    },
  };
}

/** `afterview questions rate QUESTION RATING`: one review without the session, for scripts. */
export async function rate(inv: Invocation): Promise<Output> {
  const r = await reviewQuestion(inv.ctx, inv.positionals[0] ?? '', inv.positionals[1] ?? '');
  const next = r.question.card?.due;
  return {
    text: `Q#${r.question.id} ${r.entry.rating}: next review ${next === undefined ? '—' : when(next, inv.zone)}`,
    json: {
      ...presentQuestion(r.question, inv.zone),
      review: presentReview(r.entry, inv.zone),
      review_log: r.reviews.map((x) => presentReview(x, inv.zone)),
    },
  };
}
