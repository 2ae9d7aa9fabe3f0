import type { ApplicationDetailJson } from '../api/types.js';
import { ACTION_LABEL, humanize, STATUS_LABEL } from '../lib/format.js';

export interface Entry {
  key: string;
  at: string;
  kind: 'event' | 'interview' | 'action' | 'message';
  title: string;
  detail: string[];
  /** A page to open for more, e.g. the message in the composer. */
  link?: { to: string; label: string };
}

const by = (a: Entry, b: Entry): number => Date.parse(b.at) - Date.parse(a.at);

/**
 * Everything that happened to one application, newest first: status changes and replies,
 * interviews, the actions finished or skipped, and the messages drafted or sent. Pending actions
 * are not history; the page lists them on their own as what comes next.
 */
export function timeline(d: ApplicationDetailJson): Entry[] {
  const out: Entry[] = [];
  for (const e of d.events) {
    const title =
      e.kind === 'status' && e.to_status !== null
        ? e.from_status === null
          ? `Status: ${STATUS_LABEL[e.to_status]}`
          : `${STATUS_LABEL[e.from_status]} → ${STATUS_LABEL[e.to_status]}`
        : e.kind === 'created'
          ? 'Application added'
          : e.kind === 'reply'
            ? 'They replied'
            : e.kind === 'interview_logged'
              ? 'Interview logged'
              : e.kind === 'interview_scheduled'
                ? 'Interview scheduled'
                : humanize(e.kind);
    out.push({
      key: `e${String(e.id)}`,
      at: e.at,
      kind: 'event',
      title,
      detail: e.note === null ? [] : [e.note],
    });
  }
  for (const i of d.interviews) {
    if (i.start === null) continue;
    const people = i.interviewers.map((p) => p.name).join(', ');
    const detail = [
      i.topics.length > 0 ? `Talked about: ${i.topics.join('; ')}` : '',
      i.next_steps === null ? '' : `Next steps they said: ${i.next_steps}`,
      i.decision_by === null ? '' : `Decision by ${i.decision_by}`,
      i.follow_up_on === null ? '' : `Follow up on ${i.follow_up_on}`,
      i.documents_owed.length > 0 ? `You owe: ${i.documents_owed.join(', ')}` : '',
      i.late ? 'You arrived late' : '',
      i.outcome === null ? '' : `Outcome: ${i.outcome}`,
    ].filter((s) => s !== '');
    out.push({
      key: `i${String(i.id)}`,
      at: i.start,
      kind: 'interview',
      title: `Round ${String(i.round)}: ${humanize(i.kind)} interview${people === '' ? '' : ` with ${people}`}${i.state === 'held' ? '' : ` (${i.state})`}`,
      detail,
      link:
        i.state === 'held'
          ? { to: `/interviews/${String(i.id)}/debrief`, label: 'Debrief' }
          : i.state === 'scheduled'
            ? { to: `/interviews/${String(i.id)}/brief`, label: 'Read the brief' }
            : undefined,
    });
  }
  for (const a of d.actions) {
    if (a.status === 'pending' || a.completed_at === null) continue;
    out.push({
      key: `a${String(a.id)}`,
      at: a.completed_at,
      kind: 'action',
      title: `${ACTION_LABEL[a.kind]} ${a.status}: ${a.title}`,
      detail: a.reason === null ? [] : [a.reason],
    });
  }
  for (const m of d.messages) {
    const to = m.recipient.name ?? m.recipient.email ?? 'the hiring team';
    out.push({
      key: `m${String(m.id)}`,
      at: m.sent_at ?? m.updated_at ?? m.created_at ?? '',
      kind: 'message',
      title: `${humanize(m.kind)} to ${to}: ${m.state}`,
      detail: m.subject === '' ? [] : [m.subject],
      link: { to: `/messages/${String(m.id)}`, label: m.state === 'sent' ? 'Read' : 'Open draft' },
    });
  }
  return out.filter((e) => e.at !== '').sort(by);
}
