import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Eye, Layers } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.js';
import type { QuestionJson, ReviewedJson } from '../api/types.js';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { formatWhen, plural } from '../lib/format.js';

const RATES = [
  { rating: 1, label: 'Again', hint: 'I could not recall it' },
  { rating: 2, label: 'Hard', hint: 'with effort' },
  { rating: 3, label: 'Good', hint: 'recalled it' },
  { rating: 4, label: 'Easy', hint: 'at once' },
] as const;

/** The earliest due date in the bank: when the next card comes back. */
const nextDue = (qs: readonly QuestionJson[]): string | null =>
  qs
    .map((q) => q.due)
    .filter((d): d is string => d !== null)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;

/**
 * A review session over the better answers that are due (seed 000: review them before the next
 * interview). FSRS schedules each card on the server; the session keeps the list it started
 * with, so a card rated "again" comes back in a later session, not in a loop.
 */
export default function ReviewPage() {
  useTitle('Review');
  const due = useQuery({
    queryKey: ['questions', 'due'],
    queryFn: () => api.get<QuestionJson[]>('/api/questions?due=true'),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const all = useQuery({
    queryKey: ['questions', 'all'],
    queryFn: () => api.get<QuestionJson[]>('/api/questions'),
  });
  if (due.isPending) return <Loading what="Loading your review" />;
  if (due.isError) return <ErrorNote error={due.error} />;
  return (
    <>
      <h1>Review</h1>
      <Session cards={due.data} bank={all.data ?? []} />
    </>
  );
}

function Session({ cards, bank }: { cards: QuestionJson[]; bank: QuestionJson[] }) {
  const qc = useQueryClient();
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [last, setLast] = useState<{ text: string; due: string | null; label: string } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const card = cards[index];

  const rate = useCallback(
    async (rating: number) => {
      if (card === undefined || busy) return;
      setBusy(true);
      setError(null);
      try {
        const r = await api.post<ReviewedJson>(`/api/questions/${String(card.id)}/review`, {
          rating,
        });
        setLast({
          text: card.text,
          due: r.due,
          label: RATES.find((x) => x.rating === rating)?.label ?? '',
        });
        setIndex((i) => i + 1);
        setRevealed(false);
        await qc.invalidateQueries({ queryKey: ['questions', 'all'] });
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [card, busy, qc],
  );

  // Keys: space or enter reveals; 1–4 rate, as on the buttons. Not while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (!revealed && (e.key === ' ' || e.key === 'Enter') && t?.tagName !== 'BUTTON') {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        void rate(Number(e.key));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [revealed, rate]);

  const cameBack =
    last === null ? null : (
      <p className="muted" role="status">
        “{last.text}”: {last.label}. It comes back {formatWhen(last.due)}.
      </p>
    );

  if (card === undefined) {
    const next = nextDue(bank);
    return (
      <>
        {cameBack}
        <div className="empty empty-state">
          <Layers aria-hidden size={28} />
          <p>
            <strong>
              {cards.length === 0
                ? 'Nothing to review right now.'
                : `Done: ${plural(cards.length, 'answer')} reviewed.`}
            </strong>{' '}
            {next === null
              ? 'Better answers you write in a debrief come here for review.'
              : `The next card is due ${formatWhen(next)}.`}
          </p>
          <Link to="/" className="button">
            Back to Today
          </Link>
        </div>
      </>
    );
  }

  return (
    <>
      <p className="lede">
        {index + 1} of {cards.length} due · rate with the buttons or the keys 1–4
      </p>
      {cameBack}
      <article className="card review-card" aria-labelledby="review-q">
        <p className="eyebrow">
          {card.companies.length === 0 ? 'Asked before' : `Asked at ${card.companies.join(', ')}`}
        </p>
        <h2 id="review-q">{card.text}</h2>
        {revealed ? (
          <>
            <h3>Your better answer</h3>
            <p className="note-text review-answer">{card.better_answer ?? '(none written)'}</p>
            <div className="rate-row" role="group" aria-label="How well did you recall it?">
              {RATES.map((r) => (
                <button
                  key={r.rating}
                  type="button"
                  className={`button rate rate-${String(r.rating)}`}
                  disabled={busy}
                  aria-keyshortcuts={String(r.rating)}
                  onClick={() => {
                    void rate(r.rating);
                  }}
                >
                  <kbd>{r.rating}</kbd> {r.label}
                  <span className="rate-hint">{r.hint}</span>
                </button>
              ))}
            </div>
          </>
        ) : (
          <>
            <p className="muted">Say your answer out loud, then compare.</p>
            <button
              type="button"
              className="button button-primary"
              aria-keyshortcuts="Space"
              onClick={() => {
                setRevealed(true);
              }}
            >
              <Eye aria-hidden size={16} />
              Show the better answer
            </button>
          </>
        )}
      </article>
      <ErrorNote error={error} />
    </>
  );
}
