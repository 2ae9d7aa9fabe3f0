import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import { useApplication, useChangeStatus, useServerNow, useWrite } from '../api/queries.js';
import type { ApplicationDetailJson, Status } from '../api/types.js';
import { timeline } from '../application/timeline.js';
import { ActionItem } from '../components/ActionItem.js';
import { ErrorNote, Loading, Notice, useTitle } from '../components/Status.js';
import { formatDate, formatWhen, humanize, STATUS_LABEL } from '../lib/format.js';
import { NetworkSection } from '../network/NetworkSection.js';
import { OfferSection } from '../offers/OfferSection.js';
import { SalarySection } from '../offers/SalarySection.js';
import { COLUMNS } from '../pipeline/columns.js';

/** Only http(s) links become clickable: a `javascript:` URL typed as a posting stays text. */
const safeUrl = (u: string | null): string | null =>
  u !== null && /^https?:\/\//i.test(u) ? u : null;

export default function ApplicationPage() {
  const id = Number(useParams().id);
  const detail = useApplication(id);
  const now = useServerNow();
  useTitle(detail.data === undefined ? 'Application' : detail.data.application.company);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNote error={detail.error} />;
  const d = detail.data;
  const app = d.application;
  const next = d.actions.filter((a) => a.status === 'pending');
  const url = safeUrl(app.url);
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">{app.role}</p>
          <h1>{app.company}</h1>
          <p className="muted">
            <span className={`badge badge-${app.status}`}>{STATUS_LABEL[app.status]}</span>
            {app.applied_on !== null && <> · applied {formatDate(app.applied_on)}</>}
            {app.location !== null && <> · {app.location}</>}
            {app.source !== null && <> · via {app.source}</>}
            {url !== null && (
              <>
                {' · '}
                <a href={url} rel="noreferrer noopener" target="_blank">
                  job posting
                </a>
              </>
            )}
          </p>
        </div>
        <Link to={`/applications/${String(id)}/interviews/new`} className="button button-primary">
          Log an interview
        </Link>
      </div>
      {app.notes !== null && <p className="notes">{app.notes}</p>}
      <StatusControls detail={d} />
      <div className="two-col">
        <section aria-labelledby="next-title">
          <h2 id="next-title">What comes next</h2>
          {next.length === 0 ? (
            <p className="empty">
              Nothing planned. After an interview,{' '}
              <Link to={`/applications/${String(id)}/interviews/new`}>log it</Link> and the plan
              appears here.
            </p>
          ) : (
            <ul className="actions">
              {next.map((a) => (
                <ActionItem key={a.id} action={a} now={now} compact />
              ))}
            </ul>
          )}
          <h2 id="timeline-title">Timeline</h2>
          <Timeline detail={d} />
        </section>
        <aside aria-labelledby="people-title">
          <h2 id="people-title">People</h2>
          {d.contacts.length === 0 ? (
            <p className="muted">No one yet: interviewers you log appear here.</p>
          ) : (
            <ul className="contacts">
              {d.contacts.map((c) => (
                <li key={c.id}>
                  <strong>{c.name}</strong>
                  {c.title !== null && <> · {c.title}</>}
                  <br />
                  <span className="muted">{humanize(c.relationship)}</span>
                  {c.email !== null && (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  )}
                  {c.last_contacted_at !== null && (
                    <>
                      <br />
                      <span className="muted">
                        last contacted {formatWhen(c.last_contacted_at)}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <NetworkSection appId={id} />
        </aside>
      </div>
      <SalarySection appId={id} />
      <OfferSection appId={id} />
    </>
  );
}

function Timeline({ detail }: { detail: ApplicationDetailJson }) {
  const entries = timeline(detail);
  if (entries.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <ol className="timeline" aria-labelledby="timeline-title">
      {entries.map((e) => (
        <li key={e.key} className={`tl tl-${e.kind}`}>
          <time dateTime={e.at}>{formatWhen(e.at)}</time>
          <p className="tl-title">{e.title}</p>
          {e.detail.map((t, i) => (
            <p key={i} className="tl-detail">
              {t}
            </p>
          ))}
          {e.link !== undefined && <Link to={e.link.to}>{e.link.label}</Link>}
        </li>
      ))}
    </ol>
  );
}

/** Status change without the board (a select is the plainest accessible control) and replies. */
function StatusControls({ detail }: { detail: ApplicationDetailJson }) {
  const app = detail.application;
  const [to, setTo] = useState<Status | ''>('');
  const change = useChangeStatus();
  const reply = useWrite(() => api.post(`/api/applications/${String(app.id)}/reply`, {}));
  const selectId = useId();
  return (
    <div className="status-controls">
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (to !== '')
            change.mutate(
              { id: app.id, status: to },
              {
                onSuccess: () => {
                  setTo('');
                },
              },
            );
        }}
      >
        <label htmlFor={selectId}>Move to</label>
        <select
          id={selectId}
          value={to}
          onChange={(e) => {
            setTo(e.target.value as Status | '');
          }}
        >
          <option value="">Choose a status…</option>
          {COLUMNS.filter((s) => s !== app.status).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={to === '' || change.isPending}>
          Change status
        </button>
      </form>
      <button
        type="button"
        className="button"
        disabled={reply.isPending}
        onClick={() => {
          reply.mutate();
        }}
      >
        They replied
      </button>
      {reply.isSuccess && <Notice>Reply noted: pending follow-ups were cancelled.</Notice>}
      <ErrorNote error={change.error ?? reply.error} />
    </div>
  );
}
