import { useState } from 'react';
import { Link } from 'react-router';
import type { ActionJson } from '../api/types.js';
import { ActionItem } from '../components/ActionItem.js';

/** How many applications' actions Today shows before "Show all". */
export const FIRST_GROUPS = 20;

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

/**
 * Today's due and overdue actions, one card per application, the most urgent first. A long
 * backlog shows its first applications and a button for the rest: hundreds of cards at once
 * would take the page seconds to draw and bury what matters today.
 */
export function DueList({
  actions,
  now,
}: {
  actions: readonly ActionJson[];
  now: string | undefined;
}) {
  const [all, setAll] = useState(false);
  const groups = byApplication(actions);
  const shown = all ? groups : groups.slice(0, FIRST_GROUPS);
  return (
    <>
      {shown.map((g) => (
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
      {shown.length < groups.length && (
        <button
          type="button"
          className="button button-quiet show-all"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {groups.length} applications with something due
        </button>
      )}
    </>
  );
}
