import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MESSAGE_KIND_OF_ACTION } from '../../domain/compose/kinds.js';
import { useDecideAction, useDraft, useUnsentMessages } from '../api/queries.js';
import type { ActionJson } from '../api/types.js';
import { ACTION_LABEL, formatWhen, isBefore } from '../lib/format.js';
import { ErrorNote } from './Status.js';

/** The action kinds that draft a message (kept in step with the composer's own map by type). */
const DRAFTS = [
  'thank_you',
  'follow_up',
  'send_documents',
  'feedback_request',
  'network',
  'keep_warm',
  'offer_evaluate',
  'offer_negotiate',
  'offer_decide',
] as const satisfies readonly (keyof typeof MESSAGE_KIND_OF_ACTION)[];
const draftable = (kind: string): boolean => (DRAFTS as readonly string[]).includes(kind);

interface Props {
  action: ActionJson;
  /** The server's now, to tell overdue from due; `undefined` while unknown. */
  now?: string;
  /** Hide the company and role (inside a group that names them already). */
  compact?: boolean;
}

/**
 * One action: what to do, when, why (with the seed article it comes from), and one click to
 * finish, skip or snooze it, or to draft the note it calls for.
 */
export function ActionItem({ action: a, now, compact = false }: Props) {
  const decide = useDecideAction();
  const draft = useDraft();
  const navigate = useNavigate();
  const unsent = useUnsentMessages();
  // Drafting again would write over an unsent draft and lose the user's edits: open it instead.
  const existing = unsent.data?.find((m) => m.action_id === a.id);
  const overdue =
    a.status === 'pending' && now !== undefined && a.due !== null && isBefore(a.due, now);
  const busy = decide.isPending || draft.isPending;
  const titleId = `action-${String(a.id)}-title`;
  const whyId = `action-${String(a.id)}-why`;
  // The why is one line until asked for: a wall of advice on every action hides the actions.
  const [whyOpen, setWhyOpen] = useState(false);
  return (
    <li className="action" aria-labelledby={titleId}>
      <div className="action-head">
        <span className={`tag tag-${a.kind}`}>{ACTION_LABEL[a.kind]}</span>
        <h3 className="action-title" id={titleId}>
          {a.title}
        </h3>
      </div>
      <p className="action-meta">
        {overdue ? <strong className="overdue">Overdue · </strong> : null}
        Due {formatWhen(a.due)}
        {a.latest !== null && <> · latest {formatWhen(a.latest)}</>}
        {a.snoozed && ' · moved by you'}
        {!compact && a.company !== null && (
          <>
            {' · '}
            {a.company}
            {a.role !== null && `, ${a.role}`}
          </>
        )}
      </p>
      <div className={whyOpen ? 'why-row why-open' : 'why-row'}>
        {a.seeds.length > 0 && (
          <span className="seed">
            {a.seeds.length === 1 ? 'seed' : 'seeds'} {a.seeds.join(', ')}
          </span>
        )}
        <p className="why" id={whyId}>
          {a.why}
        </p>
        <button
          type="button"
          className="link-button why-toggle"
          aria-expanded={whyOpen}
          aria-controls={whyId}
          aria-describedby={titleId}
          onClick={() => {
            setWhyOpen(!whyOpen);
          }}
        >
          {whyOpen ? 'Less' : 'Why?'}
        </button>
      </div>
      {a.status === 'pending' ? (
        <div className="action-buttons" role="group" aria-label={`Decide: ${a.title}`}>
          {a.kind === 'debrief' && a.interview_id !== null && (
            <Link
              to={`/interviews/${String(a.interview_id)}/debrief`}
              className="button button-primary"
            >
              Write debrief
            </Link>
          )}
          {a.kind === 'prep_next_round' && a.interview_id !== null && (
            <Link
              to={`/interviews/${String(a.interview_id)}/brief`}
              className="button button-primary"
            >
              Read the brief
            </Link>
          )}
          {draftable(a.kind) &&
            (existing === undefined ? (
              <button
                type="button"
                className="button button-primary"
                disabled={busy || unsent.isPending}
                onClick={() => {
                  draft.mutate(a.id, {
                    onSuccess: (m) => {
                      void navigate(`/messages/${String(m.id)}`);
                    },
                  });
                }}
              >
                Draft note
              </button>
            ) : (
              <Link to={`/messages/${String(existing.id)}`} className="button button-primary">
                Open draft
              </Link>
            ))}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              decide.mutate({ id: a.id, do: 'done' });
            }}
          >
            Done
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              decide.mutate({ id: a.id, do: 'snooze', days: 1 });
            }}
          >
            Snooze a day
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={busy}
            onClick={() => {
              decide.mutate({ id: a.id, do: 'skip' });
            }}
          >
            Skip
          </button>
        </div>
      ) : (
        <p className="action-meta">
          {a.status === 'done' ? 'Done' : a.status === 'skipped' ? 'Skipped' : 'Cancelled'}
          {a.completed_at !== null && ` ${formatWhen(a.completed_at)}`}
          {a.reason !== null && ` — ${a.reason}`}
        </p>
      )}
      <ErrorNote error={decide.error ?? draft.error} />
    </li>
  );
}
