import { useQuery } from '@tanstack/react-query';
import { Layers, MessageCircleQuestion, Printer } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { BriefJson } from '../api/types.js';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { capitalize, formatDate, formatWhen, humanize } from '../lib/format.js';

/** A titled part of the brief; an empty one says so instead of disappearing. */
function Part(props: { id: string; title: string; empty?: string; children: ReactNode[] }) {
  const { id, title, empty, children } = props;
  if (children.length === 0 && empty === undefined) return null;
  return (
    <section className="brief-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children.length === 0 ? <p className="muted">{empty}</p> : <ul>{children}</ul>}
    </section>
  );
}

/**
 * The pre-interview brief (PRODUCT.md §5, §7): what `afterview brief` prints, laid out to read on
 * a phone on the way in, and to print (the print stylesheet drops the app around it).
 */
export default function BriefPage() {
  const id = Number(useParams().id);
  useTitle('Brief');
  const brief = useQuery({
    queryKey: ['brief', id],
    queryFn: () => api.get<BriefJson>(`/api/interviews/${String(id)}/brief`),
  });
  if (brief.isPending) return <Loading what="Loading the brief" />;
  if (brief.isError) return <ErrorNote error={brief.error} />;
  const b = brief.data;
  const iv = b.interview;
  return (
    <article className="brief" aria-labelledby="brief-title">
      <p className="eyebrow">
        <Link to={`/applications/${String(b.application_id)}`}>
          {b.company} · {b.role}
        </Link>
      </p>
      <div className="page-head">
        <h1 id="brief-title">Brief for round {iv.round}</h1>
        <button
          type="button"
          className="button no-print"
          onClick={() => {
            window.print();
          }}
        >
          <Printer aria-hidden size={16} />
          Print
        </button>
      </div>
      <p className="lede">
        {capitalize(humanize(iv.kind))} interview, {formatWhen(iv.start)} ({iv.duration_min} min)
        {iv.location !== null && <>, {iv.location}</>}
      </p>
      <p className="reminder" role="note">
        <MessageCircleQuestion aria-hidden size={20} />
        <span>
          <strong>{b.reminder}</strong> (seeds {b.reminder_seeds.join(', ')})
        </span>
      </p>
      <Part id="brief-people" title="Interviewers" empty="None named yet.">
        {b.interviewers.map((p) => (
          <li key={p.contact_id}>
            <strong>{p.name}</strong>
            {p.title !== null && <>, {p.title}</>}
            {p.email !== null && <> · {p.email}</>}
            <br />
            <span className="muted">
              {p.met.length === 0
                ? 'First meeting'
                : `Met in ${p.met.map((m) => `round ${String(m.round)} (${formatDate(m.start)})`).join(', ')}`}
            </span>
          </li>
        ))}
      </Part>
      <Part
        id="brief-rounds"
        title={`What was discussed before at ${b.company}`}
        empty="Nothing yet: this is the first round."
      >
        {b.earlier_rounds.map((r) => (
          <li key={r.interview_id}>
            <strong>
              Round {r.round}, {humanize(r.kind)}
            </strong>{' '}
            <span className="muted">
              {formatDate(r.start)}
              {r.interviewers.length > 0 && <> · with {r.interviewers.join(', ')}</>}
            </span>
            <dl className="facts">
              {r.topics.length > 0 && <Fact term="Topics">{r.topics.join('; ')}</Fact>}
              {r.next_steps !== null && <Fact term="Next steps they said">{r.next_steps}</Fact>}
              {r.notes !== null && <Fact term="Notes">{r.notes}</Fact>}
              {r.debrief !== null && r.debrief.went_well.length > 0 && (
                <Fact term="Went well">{r.debrief.went_well.join('; ')}</Fact>
              )}
              {r.debrief !== null && r.debrief.improve.length > 0 && (
                <Fact term="To improve">{r.debrief.improve.join('; ')}</Fact>
              )}
              {r.debrief !== null && r.debrief.issues.length > 0 && (
                <Fact term="Issues that surfaced">{r.debrief.issues.join('; ')}</Fact>
              )}
            </dl>
          </li>
        ))}
      </Part>
      <Part id="brief-asked" title={`Questions asked at ${b.company} before`}>
        {b.asked_here.map((q) => (
          <li key={q.id}>
            <strong>{q.text}</strong>
            <p className="better-answer">{q.better_answer ?? 'No better answer written yet.'}</p>
          </li>
        ))}
      </Part>
      <Part id="brief-due" title={`Better answers due for review (${String(b.due_cards.length)})`}>
        {b.due_cards.map((q) => (
          <li key={q.id}>
            <strong>{q.text}</strong>
            {q.better_answer !== null && <p className="better-answer">{q.better_answer}</p>}
          </li>
        ))}
      </Part>
      {b.due_cards.length > 0 && (
        <p className="no-print">
          <Link to="/review" className="button">
            <Layers aria-hidden size={16} />
            Review them now
          </Link>
        </p>
      )}
      <Part id="brief-gaps" title="Open skill gaps" empty="None open.">
        {b.skill_gaps.map((o) => (
          <OpenItem key={`${String(o.interview_id)}-${o.text}`} item={o} />
        ))}
      </Part>
      <Part id="brief-skills" title="Skills to build">
        {b.skills_to_build.map((sk) => (
          <li key={sk.id}>
            {sk.skill}
            {sk.company !== null && <span className="muted"> (from {sk.company})</span>}
          </li>
        ))}
      </Part>
      <Part id="brief-owed" title="Documents still owed" empty="Nothing owed.">
        {b.documents_owed.map((o) => (
          <OpenItem key={`${String(o.interview_id)}-${o.text}`} item={o} />
        ))}
      </Part>
    </article>
  );
}

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </>
);

/** A skill gap or an owed document still open from an earlier round, with its due time. */
function OpenItem({ item: o }: { item: BriefJson['skill_gaps'][number] }) {
  return (
    <li>
      {o.text}{' '}
      <span className="muted">
        (round {o.round}
        {o.due !== null && `, due ${formatWhen(o.due)}`})
      </span>
    </li>
  );
}
