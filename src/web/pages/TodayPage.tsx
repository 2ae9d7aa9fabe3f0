import { Link } from 'react-router';
import { useApplications, useServerNow, useToday, useUpcoming } from '../api/queries.js';
import type { ActionJson } from '../api/types.js';
import { ActionItem } from '../components/ActionItem.js';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { Welcome } from '../components/Welcome.js';
import { plural } from '../lib/format.js';

interface Group {
  key: string;
  applicationId: number | null;
  title: string;
  actions: ActionJson[];
}

/** Actions grouped by application, in the order their most urgent action is due. */
function byApplication(actions: readonly ActionJson[]): Group[] {
  const groups = new Map<string, Group>();
  for (const a of actions) {
    const key = a.application_id === null ? 'none' : String(a.application_id);
    let g = groups.get(key);
    if (g === undefined) {
      g = {
        key,
        applicationId: a.application_id,
        title:
          a.company === null
            ? 'Your search'
            : `${a.company}${a.role === null ? '' : ` · ${a.role}`}`,
        actions: [],
      };
      groups.set(key, g);
    }
    g.actions.push(a);
  }
  return [...groups.values()];
}

export default function TodayPage() {
  useTitle('Today');
  const today = useToday();
  const apps = useApplications({ limit: 1 });
  const upcoming = useUpcoming(30);
  const now = useServerNow();

  if (today.isPending || apps.isPending) return <Loading what="Loading today's plan" />;
  if (today.isError || apps.isError) return <ErrorNote error={today.error ?? apps.error} />;

  const isNew = apps.data.length === 0;
  const dueIds = new Set(today.data.map((a) => a.id));
  const later = (upcoming.data ?? []).filter((a) => !dueIds.has(a.id)).slice(0, 5);
  return (
    <>
      <h1>Today</h1>
      {isNew ? (
        <Welcome />
      ) : today.data.length === 0 ? (
        <div className="empty">
          <p>
            <strong>Nothing is due today.</strong> Had an interview? Log it from its application and
            Afterview plans the thank-you, follow-ups and the rest.
          </p>
          <Link to="/pipeline" className="button">
            Open the pipeline
          </Link>
        </div>
      ) : (
        <>
          <p className="lede">{plural(today.data.length, 'thing')} to do, due today or overdue.</p>
          {byApplication(today.data).map((g) => (
            <section key={g.key} className="card group" aria-labelledby={`group-${g.key}`}>
              <h2 id={`group-${g.key}`}>
                {g.applicationId === null ? (
                  g.title
                ) : (
                  <Link to={`/applications/${String(g.applicationId)}`}>{g.title}</Link>
                )}
              </h2>
              <ul className="actions">
                {g.actions.map((a) => (
                  <ActionItem key={a.id} action={a} now={now} compact />
                ))}
              </ul>
            </section>
          ))}
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
