import { invalidInput } from '../../domain/errors.js';
import { money } from '../../domain/offers/currency.js';
import {
  acceptOffer,
  declineOffer,
  draftNegotiation,
  type Decision,
} from '../../services/offers/decide.js';
import { addOffer, counterOffer, editOffer, setRate } from '../../services/offers/offers.js';
import { presentOffer, presentRate } from '../../services/offers/present.js';
import { getOffer, type OfferView } from '../../services/offers/view.js';
import { presentMessage } from '../../services/present/present-message.js';
import type { Invocation, Output, Values } from '../spec.js';
import { asFlags, idOf, num, text } from './edge.js';

const OUTCOME = { pass: 'pass', fail: 'FAIL', judge: 'judge' } as const;

/** An offer as lines: the total with its formula, the evaluation (failing musts first), the history. */
export function offerText(v: OfferView): string {
  const t = v.offer.terms;
  const e = v.evaluation;
  const lines = [
    `Offer #${String(v.offer.id)}: ${v.application.role} at ${v.application.company} (${v.application.status})${v.contact === null ? '' : `, made by ${v.contact.name}`}`,
    `  total: ${v.total.formula}`,
    ...(t.vacationDays === null ? [] : [`  vacation: ${String(t.vacationDays)} days`]),
    ...(t.startOn === null ? [] : [`  start: ${t.startOn}`]),
    ...(t.remoteDays === null ? [] : [`  remote: ${String(t.remoteDays)} days a week`]),
    ...(t.benefits === null ? [] : [`  benefits: ${t.benefits}`]),
    ...(v.offer.deadlineOn === null ? [] : [`  decide by: ${v.offer.deadlineOn}`]),
    `  must-haves: ${e.meetsMusts === 'yes' ? 'all met' : e.meetsMusts === 'no' ? `${String(e.failingMusts.length)} failing` : 'some need your judgement'}; score ${String(e.score)}/100`,
    ...e.results.map(
      (r) =>
        `    ${OUTCOME[r.outcome].padEnd(5)} ${r.importance === 'must' ? 'must' : 'nice'}  ${r.reason}`,
    ),
  ];
  if (v.rounds.length > 1) {
    lines.push('  history:');
    for (const r of v.rounds) {
      const what = Object.entries(r.terms)
        .filter(([, x]) => x !== null)
        .map(([k, x]) =>
          k === 'base' && typeof x === 'number'
            ? `base ${money(x, t.currency)}`
            : `${k} ${String(x)}`,
        )
        .join(', ');
      lines.push(
        `    ${r.at.slice(0, 10)}  ${r.proposedBy === 'me' ? 'you proposed' : 'they offered'} ${what}${r.note === null ? '' : ` (${r.note})`}`,
      );
    }
  }
  return lines.join('\n');
}

function terms(values: Values) {
  return {
    base: num(values.base),
    currency: text(values.currency),
    period: text(values.period),
    bonus: num(values.bonus),
    bonus_pct: num(values['bonus-pct']),
    equity: num(values.equity),
    vesting_years: num(values['vesting-years']),
    sign_on: num(values['sign-on']),
    vacation_days: num(values['vacation-days']),
    start: text(values.start),
    remote_days: num(values['remote-days']),
    deadline: text(values.deadline),
    benefits: text(values.benefits),
  };
}

const shown = async (
  ctx: Invocation['ctx'],
  id: number,
  zone: string,
  what: string,
): Promise<Output> => {
  const v = await getOffer(ctx, id);
  return { text: () => `${what}\n${offerText(v)}`, json: presentOffer(v, zone) };
};

export async function add({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const o = await asFlags(() =>
    addOffer(ctx, {
      application_id: idOf(positionals[0]),
      ...terms(values),
      contact: text(values.from),
    }),
  );
  return shown(
    ctx,
    o.id,
    zone,
    `Recorded offer #${String(o.id)}. Compare: afterview offers compare; negotiate: afterview offer negotiate ${String(o.id)} --about salary`,
  );
}

export async function show({ ctx, positionals, zone }: Invocation): Promise<Output> {
  const id = idOf(positionals[0]);
  if (typeof id !== 'number')
    throw invalidInput(`OFFER must be an offer id, got "${id}"`, 'offer_id');
  return shown(ctx, id, zone, '');
}

/** `--judge 3=pass`, `--judge 4=fail:long commute`, `--judge 4=clear`. */
function judgements(
  values: Values,
): Record<string, { verdict: string; note?: string }> | undefined {
  const list = Array.isArray(values.judge) ? values.judge : [];
  if (list.length === 0) return undefined;
  const out: Record<string, { verdict: string; note?: string }> = {};
  for (const j of list) {
    const m = /^\s*#?(\d+)\s*=\s*(\w+)\s*(?::\s*(.*))?$/u.exec(j);
    if (m === null)
      throw invalidInput(`--judge "${j}" must read ID=pass, ID=fail:why or ID=clear`, 'judge');
    out[m[1] ?? ''] = {
      verdict: m[2] ?? '',
      ...(m[3] === undefined || m[3] === '' ? {} : { note: m[3] }),
    };
  }
  return out;
}

export async function edit({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const o = await asFlags(() =>
    editOffer(ctx, {
      offer_id: idOf(positionals[0]),
      ...terms(values),
      contact: text(values.from),
      judge: judgements(values),
    }),
  );
  return shown(ctx, o.id, zone, `Changed offer #${String(o.id)}.`);
}

export async function counter({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const o = await asFlags(() =>
    counterOffer(ctx, {
      offer_id: idOf(positionals[0]),
      by: text(values.by),
      ...terms(values),
      note: text(values.note),
    }),
  );
  return shown(ctx, o.id, zone, `Recorded a round of negotiation on offer #${String(o.id)}.`);
}

export async function negotiate({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const id = idOf(positionals[0]);
  if (typeof id !== 'number')
    throw invalidInput(`OFFER must be an offer id, got "${id}"`, 'offer_id');
  const d = await asFlags(() =>
    draftNegotiation(ctx, id, text(values.about) ?? 'salary', text(values.channel)),
  );
  const m = d.message;
  const errors = m.findings.filter((f) => f.severity === 'error');
  return {
    text: () =>
      [
        `Draft #${String(m.id)} to ${m.recipientName ?? 'nobody named'}${m.recipientEmail === null ? '' : ` <${m.recipientEmail}>`}: ${m.subject}`,
        '',
        m.body,
        '',
        errors.length === 0
          ? `Check: ${m.findings.length === 0 ? 'clean' : `${String(m.findings.length)} warning(s)`}. Send it: afterview send ${String(m.id)}`
          : `Check: ${errors.map((f) => f.message).join('; ')}`,
      ].join('\n'),
    json: presentMessage(m, zone),
  };
}

const decided = (d: Decision, zone: string, verb: string): Output => ({
  text: () =>
    [
      `Application #${String(d.application.id)} (${d.application.company}) is now ${d.application.status}.`,
      ...(d.draft === null
        ? []
        : [
            `${verb} draft #${String(d.draft.message.id)} to ${d.draft.message.recipientName ?? 'the hiring team'}: afterview outbox show ${String(d.draft.message.id)}`,
          ]),
      ...d.withdrawals.map(
        (w) =>
          `Withdrawal draft #${String(w.message.id)} for application #${String(w.message.applicationId)} to ${w.message.recipientName ?? 'the hiring team'}`,
      ),
    ].join('\n'),
  json: {
    application_id: d.application.id,
    status: d.application.status,
    draft: d.draft === null ? null : presentMessage(d.draft.message, zone),
    withdrawals: d.withdrawals.map((w) => presentMessage(w.message, zone)),
  },
});

export async function accept({ ctx, positionals, zone }: Invocation): Promise<Output> {
  const id = idOf(positionals[0]);
  if (typeof id !== 'number')
    throw invalidInput(`OFFER must be an offer id, got "${id}"`, 'offer_id');
  return decided(await asFlags(() => acceptOffer(ctx, id)), zone, 'Acceptance');
}

export async function decline({ ctx, positionals, zone }: Invocation): Promise<Output> {
  const id = idOf(positionals[0]);
  if (typeof id !== 'number')
    throw invalidInput(`OFFER must be an offer id, got "${id}"`, 'offer_id');
  return decided(await asFlags(() => declineOffer(ctx, id)), zone, 'Decline');
}

export async function rate({ ctx, positionals }: Invocation): Promise<Output> {
  const r = await asFlags(() =>
    setRate(ctx, { from: positionals[0], to: positionals[1], rate: num(positionals[2]) }),
  );
  return {
    text: `1 ${r.from} = ${String(r.rate)} ${r.to} (and 1 ${r.to} = ${String(Number((1 / r.rate).toPrecision(6)))} ${r.from})`,
    json: presentRate(r),
  };
}
