import { useQuery, useQueryClient } from '@tanstack/react-query';
import { BookOpen, Layers } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../api/client.js';
import { refreshAll } from '../api/queries.js';
import type { DebriefJson, DebriefSavedJson, InterviewDetailJson } from '../api/types.js';
import { Choice } from '../components/Choice.js';
import { ErrorNote, Loading, Notice, useTitle } from '../components/Status.js';
import {
  bodyOf,
  CHECKLIST,
  dropDraft,
  emptyForm,
  formOf,
  loadDraft,
  storeDraft,
  type DebriefForm,
} from '../debrief/form.js';
import { QuestionRows, RATINGS } from '../debrief/QuestionRows.js';
import { capitalize, formatWhen, humanize, plural } from '../lib/format.js';

const ANSWERS = [
  ['yes', 'Yes'],
  ['partly', 'Partly'],
  ['no', 'No'],
] as const;

/** The saved debrief, or null when there is none yet (the API's 404). */
const useSavedDebrief = (id: number) =>
  useQuery({
    queryKey: ['debrief', id],
    queryFn: async () => {
      try {
        return await api.get<DebriefJson>(`/api/interviews/${String(id)}/debrief`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    staleTime: Infinity,
  });

export default function DebriefPage() {
  const id = Number(useParams().id);
  useTitle('Debrief');
  const detail = useQuery({
    queryKey: ['interview', id],
    queryFn: () => api.get<InterviewDetailJson>(`/api/interviews/${String(id)}`),
  });
  const saved = useSavedDebrief(id);
  if (detail.isPending || saved.isPending) return <Loading what="Loading the debrief" />;
  if (detail.isError || saved.isError) return <ErrorNote error={detail.error ?? saved.error} />;
  const { interview: iv, application: app } = detail.data;
  return (
    <>
      <p className="eyebrow">
        <Link to={`/applications/${String(app.id)}`}>
          {app.company} · {app.role}
        </Link>
      </p>
      <h1>Debrief of round {iv.round}</h1>
      <p className="lede">
        {capitalize(humanize(iv.kind))} interview, {formatWhen(iv.start)}
        {iv.interviewers.length > 0 && <> with {iv.interviewers.map((p) => p.name).join(', ')}</>}.
        Write it while it is fresh: every interview is experience (seed 000).
      </p>
      <DebriefEditor key={id} interviewId={id} applicationId={app.id} saved={saved.data} />
    </>
  );
}

interface EditorProps {
  interviewId: number;
  applicationId: number;
  saved: DebriefJson | null;
}

function DebriefEditor({ interviewId, applicationId, saved }: EditorProps) {
  const qc = useQueryClient();
  // An unsaved draft in this browser wins over the saved debrief: it is newer by definition.
  const [restored] = useState(() => loadDraft(localStorage, interviewId));
  const [form, setForm] = useState<DebriefForm>(
    () => restored?.form ?? (saved === null ? emptyForm() : formOf(saved)),
  );
  const [dirty, setDirty] = useState(restored !== null);
  const [result, setResult] = useState<DebriefSavedJson | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  // Keep what is typed in this browser a moment after each change, until it is saved.
  useEffect(() => {
    if (!dirty) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      storeDraft(localStorage, interviewId, form, new Date());
    }, 300);
    return () => {
      window.clearTimeout(timer.current);
    };
  }, [form, dirty, interviewId]);

  const change = (patch: Partial<DebriefForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
    setResult(null);
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const r = await api.put<DebriefSavedJson>(
        `/api/interviews/${String(interviewId)}/debrief`,
        bodyOf(form),
      );
      window.clearTimeout(timer.current);
      dropDraft(localStorage, interviewId);
      setDirty(false);
      setResult(r);
      qc.setQueryData(['debrief', interviewId], r);
      await refreshAll(qc);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const area = (key: 'wentWell' | 'improve' | 'issues' | 'owe' | 'gaps', label: string) => (
    <div className="field">
      <label htmlFor={`debrief-${key}`}>{label}</label>
      <textarea
        id={`debrief-${key}`}
        rows={3}
        value={form[key]}
        onChange={(e) => {
          change({ [key]: e.target.value });
        }}
      />
    </div>
  );

  return (
    <form
      className="form debrief"
      aria-label="Debrief"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {restored !== null && dirty && (
        <p className="notice notice-info" role="status">
          Your unsaved draft from {formatWhen(restored.at)} is back.
        </p>
      )}
      <section className="card" aria-labelledby="checklist-title">
        <h2 id="checklist-title">The checklist</h2>
        <p className="hint">Seed 000: seven questions to ask yourself after every interview.</p>
        <div className="checklist">
          {CHECKLIST.map((c) => (
            <Choice
              key={c.item}
              legend={c.question}
              name={`check-${c.item}`}
              options={ANSWERS}
              value={form.checks[c.item] ?? ''}
              onChange={(v) => {
                change({ checks: { ...form.checks, [c.item]: v } });
              }}
            />
          ))}
        </div>
        <Choice
          legend="Overall, how did it go?"
          name="overall"
          options={RATINGS}
          value={form.overall}
          onChange={(overall) => {
            change({ overall });
          }}
        />
      </section>
      <section className="card" aria-labelledby="notes-title">
        <h2 id="notes-title">What you learned</h2>
        <p className="hint">One item per line (seeds 001 and 003).</p>
        <div className="grid-2">
          {area('wentWell', 'Answers that went well')}
          {area('improve', 'Answers to improve')}
          {area('issues', 'Issues that surfaced')}
          {area('owe', 'Documents you still owe them')}
        </div>
        {area('gaps', 'Skill gaps to work on before the next round')}
        <p className="hint">Each document owed and each skill gap becomes an action with a date.</p>
      </section>
      <section className="card" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions they asked</h2>
        <p className="hint">
          A better answer goes into your review deck, so it is fresh before the next interview.
        </p>
        <QuestionRows
          rows={form.questions}
          onChange={(questions) => {
            change({ questions });
          }}
        />
      </section>
      <ErrorNote error={error} />
      {result !== null && <Saved result={result} applicationId={applicationId} />}
      <div className="button-row sticky-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : saved === null && result === null ? 'Save debrief' : 'Save changes'}
        </button>
        {dirty && <span className="muted">Unsaved changes are kept in this browser.</span>}
      </div>
    </form>
  );
}

function Saved({ result: r, applicationId }: { result: DebriefSavedJson; applicationId: number }) {
  const planned = r.plan.created;
  return (
    <Notice>
      <strong>Debrief saved.</strong>{' '}
      {r.new_cards.length > 0 && (
        <>{plural(r.new_cards.length, 'better answer')} added to your review deck. </>
      )}
      {planned.length > 0 && <>Planned: {planned.map((a) => a.title).join('; ')}. </>}
      <span className="inline-links">
        <Link to="/review">
          <Layers aria-hidden size={16} /> Review your answers
        </Link>
        <Link to={`/applications/${String(applicationId)}`}>
          <BookOpen aria-hidden size={16} /> Back to the application
        </Link>
      </span>
    </Notice>
  );
}
