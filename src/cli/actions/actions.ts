import { listActions } from '../../services/actions/action-query.js';
import {
  addAction,
  markDone,
  skipAction,
  snoozeAction,
  type ActionView,
} from '../../services/actions/actions.js';
import {
  actionQueryInput,
  addActionInput,
  skipActionInput,
  snoozeActionInput,
} from '../../services/actions/schema.js';
import { parseInput } from '../../services/input.js';
import { positiveId } from '../../domain/validate.js';
import { presentAction } from '../../services/present/present.js';
import { asNumber } from '../fields.js';
import { actionList, str, when } from '../format.js';
import type { Invocation, Output } from '../spec.js';

const out = (actions: ActionView[], inv: Invocation, empty: string): Output => ({
  text: () => actionList(actions, inv.zone, inv.ctx.now(), empty),
  json: actions.map((a) => presentAction(a, inv.zone)),
});

const actionId = (inv: Invocation): number => positiveId(inv.positionals[0], 'action', 'action');

export async function list(inv: Invocation): Promise<Output> {
  const query = parseInput(actionQueryInput(inv.zone), {
    application_id: asNumber(str(inv.values.app)),
    status: inv.values.all === true ? 'all' : undefined,
  });
  return out(await listActions(inv.ctx, query), inv, 'No actions.');
}

export async function add(inv: Invocation): Promise<Output> {
  const input = parseInput(addActionInput(inv.zone), {
    title: str(inv.values.title),
    due: str(inv.values.due),
    application_id: asNumber(str(inv.values.app)),
    kind: str(inv.values.kind),
    why: str(inv.values.why),
  });
  const a = await addAction(inv.ctx, input);
  return {
    text: `Added action #${a.id}: ${a.title}, due ${when(a.due, inv.zone)}`,
    json: presentAction(a, inv.zone),
  };
}

const one = (a: ActionView, inv: Invocation, text: string): Output => ({
  text,
  json: presentAction(a, inv.zone),
});

export async function done(inv: Invocation): Promise<Output> {
  const a = await markDone(inv.ctx, actionId(inv));
  return one(a, inv, `Done: #${a.id} ${a.title}`);
}

export async function skip(inv: Invocation): Promise<Output> {
  const input = parseInput(skipActionInput, { reason: str(inv.values.reason) });
  const a = await skipAction(inv.ctx, actionId(inv), input);
  return one(a, inv, `Skipped: #${a.id} ${a.title}`);
}

export async function snooze(inv: Invocation): Promise<Output> {
  const input = parseInput(snoozeActionInput(inv.zone), { until: str(inv.values.until) });
  const a = await snoozeAction(inv.ctx, actionId(inv), input);
  return one(a, inv, `Snoozed #${a.id} until ${when(a.due, inv.zone)}`);
}
