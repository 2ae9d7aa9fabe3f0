import { checklistScore } from '../../domain/debrief/checklist.js';
import { invalidInput } from '../../domain/errors.js';
import {
  buildBrief,
  briefForAction,
  type Brief,
  type OpenItem,
} from '../../services/debriefs/brief.js';
import { presentBrief } from '../../services/present/present-debrief.js';
import { str, when } from '../format.js';
import type { Invocation, Output } from '../spec.js';

const section = (title: string, body: string[], empty?: string): string[] =>
  body.length === 0 ? (empty === undefined ? [] : ['', title, `  ${empty}`]) : ['', title, ...body];

const open = (o: OpenItem, zone: string): string =>
  `  - ${o.text} (round ${o.round})${o.actionId === null ? '' : ` · action #${o.actionId}${o.due === null ? '' : ` due ${when(o.due, zone)}`}`}`;

/** The brief as people read it the evening before. */
export function briefText(b: Brief, zone: string): string {
  const iv = b.interview;
  const people = b.interviewers.map((p) => {
    const c = p.contact;
    const who = `${c.name}${c.title === null ? '' : `, ${c.title}`}${c.email === null ? '' : ` <${c.email}>`}`;
    const met =
      p.met.length === 0
        ? 'first meeting'
        : `met in ${p.met.map((m) => `round ${m.round} (${when(m.startAt, zone).slice(0, 14)})`).join(', ')}`;
    return `  ${who} · ${met}`;
  });
  const rounds = b.earlierRounds.flatMap((r) => {
    const d = r.debrief;
    const lines = [
      `  Round ${r.interview.round} · ${r.interview.kind} · ${when(r.interview.startAt, zone)}${r.interview.interviewers.length > 0 ? ` · with ${r.interview.interviewers.map((p) => p.name).join(', ')}` : ''}`,
    ];
    if (r.interview.topics.length > 0) lines.push(`    topics: ${r.interview.topics.join('; ')}`);
    if (r.interview.nextSteps !== null)
      lines.push(`    next steps they said: ${r.interview.nextSteps}`);
    if (r.interview.notes !== null) lines.push(`    notes: ${r.interview.notes}`);
    if (d !== null) {
      const score = checklistScore(d.checklist);
      if (score !== null) lines.push(`    checklist: ${score}%`);
      if (d.wentWell.length > 0) lines.push(`    went well: ${d.wentWell.join('; ')}`);
      if (d.improve.length > 0) lines.push(`    to improve: ${d.improve.join('; ')}`);
      if (d.issues.length > 0) lines.push(`    issues that surfaced: ${d.issues.join('; ')}`);
    }
    return lines;
  });
  const asked = b.askedHere.flatMap((q) => {
    const here = q.askedAt.filter((a) => a.companyId === b.application.companyId);
    const rating = here
      .map((a) => a.rating)
      .filter((r) => r !== null)
      .at(-1);
    return [
      `  Q#${q.id} ${q.text}${rating === undefined ? '' : `  [you rated ${rating}/4]`}`,
      `      better answer: ${q.betterAnswer ?? '(none yet)'}`,
    ];
  });
  const due = b.dueCards.map((q) => `  Q#${q.id} ${q.text}`);
  const where = iv.location === null ? [] : [`Where: ${iv.location}`];
  const prep =
    b.prepAction === null
      ? []
      : [
          `Prep: action #${b.prepAction.id}, due ${when(b.prepAction.due, zone)} (${b.prepAction.status})`,
        ];
  return [
    `Brief for interview #${iv.id}: ${iv.kind}, round ${iv.round}, ${when(iv.startAt, zone)} (${iv.durationMin} min) · ${b.application.role} at ${b.application.company}`,
    ...where,
    ...prep,
    ...section('Interviewers', people, 'none named yet'),
    ...section(`Earlier rounds at ${b.application.company}`, rounds, 'none: this is the first'),
    ...section(`Questions asked at ${b.application.company} before`, asked),
    ...section(
      `Review before the interview (${b.dueCards.length} due): afterview questions review`,
      due,
    ),
    ...section(
      'Open skill gaps',
      b.skillGaps.map((o) => open(o, zone)),
    ),
    ...section(
      'Documents still owed',
      b.documentsOwed.map((o) => open(o, zone)),
    ),
    ...section(
      'Skills to build (from applications that ended)',
      b.skillsToBuild.map(
        (s) =>
          `  - ${s.skill} (#${s.id}${s.company === null ? '' : `, from ${s.company}${s.role === null ? '' : ` · ${s.role}`}`})`,
      ),
    ),
    '',
    `${b.reminder.text} (seeds ${b.reminder.seeds.join(', ')})`,
  ].join('\n');
}

/** `afterview brief INTERVIEW` (or `--action ACTION`, e.g. the prep_next_round action). */
export async function brief(inv: Invocation): Promise<Output> {
  const action = str(inv.values.action);
  const ref = inv.positionals[0];
  if ((action === undefined) === (ref === undefined)) {
    throw invalidInput('give an interview id, or --action ACTION (not both)', 'interview');
  }
  const b =
    action === undefined
      ? await buildBrief(inv.ctx, ref ?? '')
      : await briefForAction(inv.ctx, action);
  return { text: briefText(b, inv.zone), json: presentBrief(b, inv.zone) };
}
