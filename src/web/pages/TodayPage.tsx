import { useQuery } from '@tanstack/react-query';
import { AlarmClock, CalendarDays, CircleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { api, query } from '../api/client.js';
import { useApplications, useServerNow, useToday, useUpcoming } from '../api/queries.js';
import type { WeekInterviewJson } from '../api/types.js';
import { ActionItem } from '../components/ActionItem.js';
import { SkillsToBuild } from '../components/SkillsToBuild.js';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { Welcome } from '../components/Welcome.js';
import { DueList } from '../today/DueList.js';
import { HealthPanel } from '../network/HealthPanel.js';
import { formatDate, formatWhen, plural } from '../lib/format.js';
import { splitDue, weekOf } from '../today/week.js';

/** This week's interviews (Monday to Sunday), for the summary. */
function useWeek(now: string | undefined) {
  const week = now === undefined ? undefined : weekOf(now);
  return useQuery({
    queryKey: ['interviews', 'week', week?.from],
    queryFn: () =>
      api.get<WeekInterviewJson[]>(`/api/interviews${query({ from: week?.from, to: week?.to })}`),
    enabled: week !== undefined,
  });
}

function Summary(props: { overdue: number; today: number; interviews: number }) {
  return (
    <section className="summary" aria-label="Summary">
      <p className={`stat${props.overdue > 0 ? ' stat-alert' : ''}`}>
        <CircleAlert aria-hidden size={20} />
        <span className="stat-n">{props.overdue}</span>
        <span className="stat-label">overdue</span>
      </p>
      <p className="stat">
        <AlarmClock aria-hidden size={20} />
        <span className="stat-n">{props.today}</span>
        <span className="stat-label">due today</span>
      </p>
      <p className="stat">
        <CalendarDays aria-hidden size={20} />
        <span className="stat-n">{props.interviews}</span>
        <span className="stat-label">
          {props.interviews === 1 ? 'interview' : 'interviews'} this week
        </span>
      </p>
    </section>
  );
}

function Week({ interviews }: { interviews: readonly WeekInterviewJson[] }) {
  if (interviews.length === 0) return null;
  return (
    <section aria-labelledby="week-title" className="week">
      <h2 id="week-title">This week&apos;s interviews</h2>
      <ul className="week-list">
        {interviews.map((i) => (
          <li key={i.id}>
            <time dateTime={i.start ?? undefined}>{formatWhen(i.start)}</time>{' '}
            <Link to={`/applications/${String(i.application_id)}`}>
              {i.company}, round {i.round}
            </Link>{' '}
            {i.state === 'held' ? (
              <Link to={`/interviews/${String(i.id)}/debrief`} className="chip">
                Debrief
                <span className="visually-hidden">
                  {' '}
                  of {i.company}, round {i.round}
                </span>
              </Link>
            ) : (
              <Link to={`/interviews/${String(i.id)}/brief`} className="chip">
                Brief
                <span className="visually-hidden">
                  {' '}
                  for {i.company}, round {i.round}
                </span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The dashboard: a summary, this week's interviews, what is due by application, what is next. */
export default function TodayPage() {
  useTitle('Today');
  const today = useToday();
  const apps = useApplications({ limit: 1 });
  const upcoming = useUpcoming(30);
  const now = useServerNow();
  const week = useWeek(now);

  if (today.isPending || apps.isPending) return <Loading what="Loading today's plan" />;
  if (today.isError || apps.isError) return <ErrorNote error={today.error ?? apps.error} />;

  const isNew = apps.data.length === 0;
  const dueIds = new Set(today.data.map((a) => a.id));
  const later = (upcoming.data ?? []).filter((a) => !dueIds.has(a.id)).slice(0, 5);
  const split = splitDue(today.data, now);
  const interviews = week.data ?? [];
  return (
    <>
      <h1>Today</h1>
      {now !== undefined && <p className="muted date-line">{formatDate(now)}</p>}
      {isNew ? (
        <Welcome />
      ) : (
        <>
          <Summary
            overdue={split.overdue.length}
            today={split.today.length}
            interviews={interviews.length}
          />
          <Week interviews={interviews} />
          {today.data.length === 0 ? (
            <div className="empty">
              <p>
                <strong>Nothing is due today.</strong> Had an interview? Log it from its application
                and Afterview plans the thank-you, follow-ups and the rest.
              </p>
              <Link to="/pipeline" className="button">
                Open the pipeline
              </Link>
            </div>
          ) : (
            <>
              <p className="lede">
                {plural(today.data.length, 'thing')} to do, due today or overdue.
              </p>
              <DueList actions={today.data} now={now} />
            </>
          )}
          <HealthPanel />
          <SkillsToBuild />
        </>
      )}
      {later.length > 0 && (
        <section aria-labelledby="later-title" className="later">
          <h2 id="later-title">Coming up</h2>
          <ul className="actions">
            {later.map((a) => (
              <ActionItem key={a.id} action={a} now={now} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
