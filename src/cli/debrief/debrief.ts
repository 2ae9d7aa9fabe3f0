import { CHECKLIST, checklistScore, specOf } from '../../domain/debrief/checklist.js';
import type { DebriefFields } from '../../domain/debrief/input.js';
import { averageRating } from '../../domain/debrief/trends.js';
import type { Debrief } from '../../domain/debrief/types.js';
import { invalidInput } from '../../domain/errors.js';
import { debriefSubject, getDebrief, saveDebrief } from '../../services/debriefs/debriefs.js';
import { presentAction } from '../../services/present/present.js';
import { presentSkill } from '../../services/present/present-skill.js';
import { presentDebrief, presentTrends } from '../../services/present/present-debrief.js';
import { debriefTrends } from '../../services/debriefs/trends.js';
import { str, strs, when } from '../format.js';
import type { Invocation, Output, Values } from '../spec.js';
import { promptDebrief } from './debrief-prompts.js';
import { planText } from '../plan-text.js';
import { stdPrompter } from '../prompt.js';

/** Flags that are not debrief fields: with only these, a terminal gets the prompts. */
const CONTROL_FLAGS = new Set(['json', 'interactive']);

function fieldsOf(v: Values): DebriefFields {
  const checks: DebriefFields['checks'] = {};
  for (const spec of CHECKLIST) {
    const raw = str(v[spec.flag]);
    if (raw !== undefined) checks[spec.item] = raw;
  }
  return {
    checks,
    overall: str(v.overall),
    wentWell: strs(v['went-well']),
    improve: strs(v.improve),
    issues: strs(v.issue),
    owe: strs(v.owe),
    gaps: strs(v.gap),
    questions: strs(v.question),
    addressed: strs(v.addressed),
  };
}

const pct = (n: number | null): string => (n === null ? 'not answered' : `${n}%`);

/** The debrief as people read it. */
export function debriefText(d: Debrief): string {
  const avg = averageRating(d.questions.map((q) => q.rating));
  const lines = [
    `Checklist ${pct(checklistScore(d.checklist))}${d.overall === null ? '' : ` · overall ${d.overall}/4`} · ${d.questions.length} question(s)${avg === null ? '' : `, average rating ${avg}`}`,
    ...d.checklist.map(
      (c) =>
        `  ${specOf(c.item).label.padEnd(38)} ${c.answer}${c.note === null ? '' : ` (${c.note})`}`,
    ),
  ];
  const list = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`${title}:`, ...items.map((i) => `  - ${i}`));
  };
  list('Went well', d.wentWell);
  list('To improve', d.improve);
  list('Issues that surfaced', d.issues);
  list('Documents owed', d.documentsOwed);
  list('Skill gaps', d.skillGaps);
  if (d.questions.length > 0) {
    lines.push('Questions:');
    for (const q of d.questions) {
      lines.push(`  Q#${q.questionId} ${q.text}${q.rating === null ? '' : `  [${q.rating}/4]`}`);
      if (q.answer !== null) lines.push(`      answered: ${q.answer}`);
      if (q.betterAnswer !== null) lines.push(`      better:   ${q.betterAnswer}`);
    }
  }
  return lines.join('\n');
}

/** `afterview debrief INTERVIEW`: flags, or prompts in a terminal (or with --interactive). */
export async function debrief(inv: Invocation): Promise<Output> {
  const ref = inv.positionals[0] ?? '';
  const given = Object.entries(inv.values).some(
    ([k, v]) => !CONTROL_FLAGS.has(k) && v !== undefined,
  );
  const interactive = inv.values.interactive === true || (!given && process.stdin.isTTY);
  let fields: DebriefFields;
  if (interactive) {
    if (given) {
      throw invalidInput(
        '--interactive asks for every field: give no other debrief flags',
        'interactive',
      );
    }
    // Check the interview first, so nobody answers twenty prompts for a refused debrief.
    const subject = await debriefSubject(inv.ctx, ref);
    const p = stdPrompter(inv.values.json === true);
    try {
      fields = await promptDebrief(p, subject, inv.zone);
    } finally {
      p.close();
    }
  } else {
    if (!given) {
      throw invalidInput(
        'give the debrief as flags (see afterview debrief --help), or run it in a terminal to be asked',
        'debrief',
      );
    }
    fields = fieldsOf(inv.values);
  }
  const r = await saveDebrief(inv.ctx, ref, fields);
  const plan = await planText(inv.ctx, r.plan, inv.zone);
  const iv = r.interview;
  const bank: string[] = [];
  if (r.newCards.length > 0) {
    bank.push(`new review card(s): ${r.newCards.map((id) => `Q#${id}`).join(', ')}`);
  }
  if (r.linked.length > 0) {
    bank.push(`asked at another interview too: ${r.linked.map((id) => `Q#${id}`).join(', ')}`);
  }
  const text = [
    `${r.created ? 'Saved' : 'Updated'} the debrief of interview #${iv.id} (${iv.kind}, round ${iv.round}, ${when(iv.startAt, inv.zone)}) at ${r.application.company} · ${r.application.role}.`,
    debriefText(r.debrief),
    ...(bank.length > 0
      ? [`Question bank: ${bank.join('; ')}. Review: afterview questions review`]
      : []),
    ...(r.completed === null ? [] : [`Done: #${r.completed.id} ${r.completed.title}`]),
    ...r.addressedSkills.map((s) => `Skill addressed: ${s.skill} (#${s.id})`),
  ].join('\n');
  return {
    text: `${text}${plan.text}`,
    json: {
      ...presentDebrief(r.debrief, inv.zone),
      created: r.created,
      new_cards: r.newCards,
      linked_questions: r.linked,
      completed_action: r.completed === null ? null : presentAction(r.completed, inv.zone),
      addressed_skills: r.addressedSkills.map((s) => presentSkill(s, inv.zone)),
      plan: plan.json,
    },
  };
}

export async function show(inv: Invocation): Promise<Output> {
  const d = await getDebrief(inv.ctx, inv.positionals[0] ?? '');
  return {
    text: `Debrief of interview #${d.interviewId}\n${debriefText(d)}`,
    json: presentDebrief(d, inv.zone),
  };
}

export async function trends(inv: Invocation): Promise<Output> {
  const t = await debriefTrends(inv.ctx);
  const text =
    t.points.length === 0
      ? 'No debriefs yet. After an interview: afterview debrief INTERVIEW'
      : [
          ...t.points.map(
            (p) =>
              `${when(p.startAt, inv.zone).slice(0, 14)}  #${p.interviewId}  ${`${p.company} · round ${p.round}`.padEnd(34)} checklist ${pct(p.checklistScore).padEnd(13)} answers ${p.averageRating === null ? '—' : `${p.averageRating}/4`}`,
          ),
          '',
          `Checklist: ${pct(t.checklist.first)} → ${pct(t.checklist.latest)}; answers: ${t.rating.first ?? '—'} → ${t.rating.latest ?? '—'}`,
        ].join('\n');
  return { text, json: presentTrends(t, inv.zone) };
}
