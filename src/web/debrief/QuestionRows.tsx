import { Plus, Trash2 } from 'lucide-react';
import { Choice } from '../components/Choice.js';
import { emptyRow, type QuestionRow } from './form.js';

export const RATINGS = [
  ['1', '1 poor'],
  ['2', '2 weak'],
  ['3', '3 good'],
  ['4', '4 strong'],
] as const;

interface Props {
  rows: QuestionRow[];
  onChange: (rows: QuestionRow[]) => void;
}

/** One block per question asked: the question, how I answered, a rating and a better answer. */
export function QuestionRows({ rows, onChange }: Props) {
  const set = (i: number, patch: Partial<QuestionRow>) => {
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  return (
    <>
      <ol className="question-rows">
        {rows.map((r, i) => {
          const n = String(i + 1);
          const base = `q-${String(r.key)}`;
          return (
            <li key={r.key} className="question-row" aria-label={`Question ${n}`}>
              <div className="field">
                <label htmlFor={`${base}-text`}>Question {n}</label>
                <input
                  id={`${base}-text`}
                  type="text"
                  value={r.text}
                  onChange={(e) => {
                    set(i, { text: e.target.value });
                  }}
                />
              </div>
              <div className="field">
                <label htmlFor={`${base}-answer`}>How I answered</label>
                <textarea
                  id={`${base}-answer`}
                  rows={2}
                  value={r.answer}
                  onChange={(e) => {
                    set(i, { answer: e.target.value });
                  }}
                />
              </div>
              <Choice
                legend={`How well I answered question ${n}`}
                name={`${base}-rating`}
                options={RATINGS}
                value={r.rating}
                onChange={(rating) => {
                  set(i, { rating });
                }}
              />
              <div className="field">
                <label htmlFor={`${base}-better`}>Better answer for next time</label>
                <textarea
                  id={`${base}-better`}
                  rows={3}
                  value={r.better}
                  onChange={(e) => {
                    set(i, { better: e.target.value });
                  }}
                />
              </div>
              {rows.length > 1 && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    onChange(rows.filter((_, j) => j !== i));
                  }}
                >
                  <Trash2 aria-hidden size={16} />
                  Remove question {n}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => {
          onChange([...rows, emptyRow(Math.max(0, ...rows.map((r) => r.key)) + 1)]);
        }}
      >
        <Plus aria-hidden size={16} />
        Add a question
      </button>
    </>
  );
}
