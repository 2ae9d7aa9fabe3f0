import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import { useApplication, useServerNow, useSettings, useWrite } from '../api/queries.js';
import type { InterviewResultJson } from '../api/types.js';
import { ActionItem } from '../components/ActionItem.js';
import { ErrorNote, Loading, Notice, useTitle } from '../components/Status.js';
import { formError } from '../components/Field.js';
import { EMPTY_INTERVIEW, interviewBody, type InterviewForm } from '../interview/form.js';
import { InterviewFields } from '../interview/InterviewFields.js';
import { PlanList } from '../interview/PlanList.js';
import { plural } from '../lib/format.js';
import { useDebounced } from '../lib/useDebounced.js';

/**
 * Log an interview: as the form is filled in, the plan it will create is previewed by the server
 * (nothing saved); saving stores the interview and shows the plan as it now stands.
 */
export default function LogInterviewPage() {
  const id = Number(useParams().id);
  const app = useApplication(id);
  const now = useServerNow();
  const zone = useSettings().data?.find((s) => s.key === 'timezone')?.value ?? undefined;
  useTitle('Log an interview');
  const [form, setForm] = useState<InterviewForm>(EMPTY_INTERVIEW);
  const save = useWrite((body: Record<string, unknown>) =>
    api.post<InterviewResultJson>('/api/interviews', body),
  );
  const body = useMemo(() => interviewBody(id, form), [id, form]);
  const settled = useDebounced(body, 400);
  const preview = useQuery({
    queryKey: ['interview-preview', settled],
    queryFn: () => api.post<InterviewResultJson>('/api/interviews/preview', settled),
    enabled: settled.at !== undefined && !save.isSuccess,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });

  if (app.isPending) return <Loading />;
  if (app.isError) return <ErrorNote error={app.error} />;
  const a = app.data.application;
  const heading = (
    <>
      <p className="eyebrow">
        <Link to={`/applications/${String(id)}`}>
          {a.company} · {a.role}
        </Link>
      </p>
      <h1>Log an interview</h1>
    </>
  );

  if (save.isSuccess) {
    const { interview, plan } = save.data;
    return (
      <>
        {heading}
        <Notice>
          Round {interview.round} saved. {plural(plan.created.length, 'new action')} planned
          {plan.changed.length > 0 && `, ${plural(plan.changed.length, 'action')} moved`}.
        </Notice>
        <section aria-labelledby="saved-plan-title">
          <h2 id="saved-plan-title">Your plan</h2>
          <ul className="actions">
            {[...plan.created, ...plan.changed].map((x) => (
              <ActionItem key={x.id} action={x} now={now} compact />
            ))}
          </ul>
        </section>
        <p className="button-row">
          <Link to="/" className="button">
            Go to today
          </Link>
          <Link to={`/applications/${String(id)}`} className="button">
            Back to {a.company}
          </Link>
        </p>
      </>
    );
  }

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    save.mutate(body);
  };
  const previewError = preview.isError ? preview.error : null;
  return (
    <>
      {heading}
      <div className="two-col">
        <form className="form card" onSubmit={submit} noValidate aria-label="Interview">
          <InterviewFields
            form={form}
            onChange={setForm}
            error={save.error ?? previewError}
            zone={zone}
          />
          <ErrorNote error={formError(save.error, Object.keys(EMPTY_INTERVIEW))} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save interview and plan'}
            </button>
          </div>
        </form>
        <aside className="card preview" aria-labelledby="preview-title">
          <h2 id="preview-title">The plan it will create</h2>
          <p className="muted" aria-live="polite">
            {body.at === undefined
              ? 'Enter when the interview started to see the plan.'
              : preview.isFetching
                ? 'Planning…'
                : preview.data !== undefined
                  ? `${plural(preview.data.plan.created.length, 'action')}, not saved yet.`
                  : ''}
          </p>
          {preview.data?.interview.state === 'scheduled' && body.at !== undefined && (
            <p className="notice notice-ok">
              That time is still to come: it will be saved as a scheduled interview, and the plan
              prepares you for it.
            </p>
          )}
          {previewError !== null && <ErrorNote error={previewError} title="Cannot plan yet:" />}
          {preview.data !== undefined && body.at !== undefined && (
            <PlanList actions={preview.data.plan.created} />
          )}
        </aside>
      </div>
    </>
  );
}
