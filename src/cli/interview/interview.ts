import { positiveId } from '../../domain/validate.js';
import {
  recordFromText,
  updateFromText,
  type InterviewText,
} from '../../services/interviews/from-text.js';
import { recordInterview, updateInterview } from '../../services/interviews/interviews.js';
import { presentInterview } from '../../services/present/present.js';
import { str, strs, when } from '../format.js';
import type { Invocation, Output, Values } from '../spec.js';
import { planText } from '../plan-text.js';

const fields = (v: Values): InterviewText => ({
  at: str(v.at),
  duration: str(v.duration),
  kind: str(v.kind),
  location: str(v.location),
  timeZone: str(v['time-zone']),
  interviewers: strs(v.interviewer),
  topics: strs(v.topic),
  nextSteps: str(v['next-steps']),
  decisionBy: str(v['decision-by']),
  followUpOn: str(v['follow-up-on']),
  late: v.late === true ? true : undefined,
  owe: strs(v.owe),
  gaps: strs(v.gap),
  outcome: str(v.outcome),
  notes: str(v.notes),
  cancel: v.cancel === true ? true : undefined,
});

async function record(inv: Invocation, mode: 'log' | 'schedule'): Promise<Output> {
  const appId = positiveId(inv.positionals[0], 'application', 'application_id');
  const r = await recordInterview(
    inv.ctx,
    recordFromText(inv.zone, appId, fields(inv.values), mode),
  );
  const plan = await planText(inv.ctx, r.plan, inv.zone);
  const verb = mode === 'log' ? 'Logged' : 'Scheduled';
  return {
    text: `${verb} interview #${r.interview.id} (round ${r.interview.round}, ${when(r.interview.startAt, inv.zone)}).${plan.text}`,
    json: { ...presentInterview(r.interview, inv.zone), plan: plan.json },
  };
}

export const log = (inv: Invocation): Promise<Output> => record(inv, 'log');
export const schedule = (inv: Invocation): Promise<Output> => record(inv, 'schedule');

export async function update(inv: Invocation): Promise<Output> {
  const id = positiveId(inv.positionals[0], 'interview', 'interview');
  const r = await updateInterview(inv.ctx, id, updateFromText(inv.zone, fields(inv.values)));
  const plan = await planText(inv.ctx, r.plan, inv.zone);
  return {
    text: `Updated interview #${r.interview.id}.${plan.text}`,
    json: { ...presentInterview(r.interview, inv.zone), plan: plan.json },
  };
}
