import {
  addAction,
  listActions,
  markDone,
  skipAction,
  snoozeAction,
  today as dueToday,
  type ActionView,
} from '../../services/actions/actions.js';
import { presentAction } from '../../services/present/present.js';
import { actionList, str, when } from '../format.js';
import type { Invocation, Output } from '../spec.js';

const out = (actions: ActionView[], inv: Invocation, empty: string): Output => ({
  text: () => actionList(actions, inv.zone, inv.ctx.now(), empty),
  json: actions.map((a) => presentAction(a, inv.zone)),
});

export async function today(inv: Invocation): Promise<Output> {
  return out(await dueToday(inv.ctx), inv, 'Nothing due today.');
}

export async function list(inv: Invocation): Promise<Output> {
  const actions = await listActions(inv.ctx, {
    app: str(inv.values.app),
    all: inv.values.all === true,
  });
  return out(actions, inv, 'No actions.');
}

export async function add(inv: Invocation): Promise<Output> {
  const a = await addAction(inv.ctx, {
    title: str(inv.values.title),
    due: str(inv.values.due),
    app: str(inv.values.app),
    kind: str(inv.values.kind),
    why: str(inv.values.why),
  });
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
  const a = await markDone(inv.ctx, inv.positionals[0] ?? '');
  return one(a, inv, `Done: #${a.id} ${a.title}`);
}

export async function skip(inv: Invocation): Promise<Output> {
  const a = await skipAction(inv.ctx, inv.positionals[0] ?? '', str(inv.values.reason));
  return one(a, inv, `Skipped: #${a.id} ${a.title}`);
}

export async function snooze(inv: Invocation): Promise<Output> {
  const a = await snoozeAction(inv.ctx, inv.positionals[0] ?? '', str(inv.values.until));
  return one(a, inv, `Snoozed #${a.id} until ${when(a.due, inv.zone)}`);
}
