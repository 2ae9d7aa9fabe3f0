import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import type { OfferTerms } from '../../domain/offers/compensation.js';
import type { ExchangeRate } from '../../domain/offers/currency.js';
import type { Judgement } from '../../domain/offers/evaluate.js';
import type { Offer } from '../../domain/offers/types.js';
import { isTerminal } from '../../domain/status.js';
import { localDateOf, parseLocalDate } from '../../domain/time.js';
import type { Instant } from '../../domain/types.js';
import { parsePerson } from '../../domain/validate.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan } from '../interviews/planning.js';
import { loadSettings } from '../settings/settings.js';
import { parseInput, type Loose } from './input.js';
import {
  offerAddInput,
  offerCounterInput,
  offerEditInput,
  rateInput,
  type OfferAddInput,
  type OfferCounterInput,
  type OfferEditInput,
  type RateInput,
  type TermFields,
} from './schema.js';

/** Changed terms over the old ones; checks what a single field cannot. */
function mergeTerms(old: OfferTerms | null, f: TermFields & { base?: number }): OfferTerms {
  const pick = <T>(v: T | undefined, was: T | null | undefined): T | null =>
    v === undefined ? (was ?? null) : v;
  // A bonus is an amount or a percentage: giving one replaces the other.
  const bonus = f.bonus ?? (f.bonus_pct !== undefined ? null : (old?.bonus ?? null));
  const bonusPct = f.bonus_pct ?? (f.bonus !== undefined ? null : (old?.bonusPct ?? null));
  if (f.bonus !== undefined && f.bonus_pct !== undefined) {
    throw invalidInput('bonus_pct and bonus are two ways to say one thing: give one', 'bonus_pct');
  }
  const base = f.base ?? old?.base;
  if (base === undefined) throw invalidInput('base is required', 'base');
  const t: OfferTerms = {
    base,
    currency: f.currency ?? old?.currency ?? '',
    period: f.period ?? old?.period ?? 'yearly',
    bonus,
    bonusPct,
    equity: pick(f.equity, old?.equity),
    vestingYears: pick(f.vesting_years, old?.vestingYears),
    signOn: pick(f.sign_on, old?.signOn),
    vacationDays: pick(f.vacation_days, old?.vacationDays),
    startOn: f.start === undefined ? (old?.startOn ?? null) : parseLocalDate(f.start, 'start'),
    remoteDays: pick(f.remote_days, old?.remoteDays),
    benefits: pick(f.benefits, old?.benefits),
  };
  if (t.equity !== null && t.equity > 0 && t.vestingYears === null) {
    throw invalidInput('vesting_years is required with equity (e.g. 4)', 'vesting_years');
  }
  return t;
}

/** A decision deadline is a local date, today or later. */
function deadlineOf(raw: string | undefined, now: Instant, zone: string): string | undefined {
  if (raw === undefined) return undefined;
  const d = parseLocalDate(raw, 'deadline');
  if (d < localDateOf(now, zone)) throw invalidInput(`deadline ${d} is in the past`, 'deadline');
  return d;
}

async function contactFor(
  tx: Store,
  raw: string | undefined,
  app: { id: number; companyId: number },
  now: Instant,
): Promise<number | null | undefined> {
  if (raw === undefined) return undefined;
  const p = parsePerson(raw, 'contact');
  const c = await tx.contacts.findOrCreate(
    { ...p, companyId: app.companyId, relationship: 'hiring_manager' },
    now,
  );
  return c.id;
}

export async function mustGetOffer(store: Store, id: number): Promise<Offer> {
  const o = await store.offers.get(id);
  if (o === undefined) throw notFound('offer', id, 'offer_id');
  return o;
}

/**
 * Records an offer (seed 000): the application moves to `offer` (which plans: evaluate now,
 * negotiate, decide a day before the deadline), and the offer as made is the first round of its
 * history. Without `contact` it is addressed to the last interviewer met.
 */
export async function addOffer(ctx: Ctx, raw: Loose<OfferAddInput>): Promise<Offer> {
  const p = parseInput(offerAddInput, raw);
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const deadlineOn = deadlineOf(p.deadline, now, settings.policy.timezone) ?? null;
  return ctx.store.transaction(async (tx) => {
    const app = await mustGet(tx, p.application_id);
    if (isTerminal(app.status)) {
      throw conflict(
        `application ${app.id} is ${app.status}; an offer needs an open application`,
        'application_id',
      );
    }
    const existing = await tx.offers.forApplication(app.id);
    if (existing !== undefined) {
      throw conflict(
        `application ${app.id} already has offer ${existing.id}: change it with offer edit or offer counter`,
        'application_id',
      );
    }
    const research = await tx.salary.forApplication(app);
    const currency = p.currency ?? research?.currency ?? app.salaryCurrency;
    if (currency == null) throw invalidInput('currency is required (e.g. EUR, CAD)', 'currency');
    const terms = mergeTerms(null, { ...p, currency });
    let contactId = await contactFor(tx, p.contact, app, now);
    if (contactId === undefined) {
      const held = (await tx.interviews.listFor([app.id])).filter((i) => i.state === 'held');
      contactId = held.at(-1)?.interviewers[0]?.contactId ?? null;
    }
    const id = await tx.offers.insert({ applicationId: app.id, contactId, terms, deadlineOn }, now);
    await tx.offers.addRound({
      offerId: id,
      proposedBy: 'employer',
      terms,
      note: 'the offer as made',
      at: now,
    });
    if (app.status !== 'offer') {
      await tx.applications.setStatus(
        app.id,
        'offer',
        app.appliedOn ?? localDateOf(now, settings.policy.timezone),
        now,
      );
      await tx.events.insert({
        applicationId: app.id,
        kind: 'status',
        fromStatus: app.status,
        toStatus: 'offer',
        note: 'offer recorded',
        at: now,
      });
    }
    await replan(tx, [app.id], now, settings.policy);
    return mustGetOffer(tx, id);
  });
}

/** Changes an offer's terms, who made it, or your verdict on criteria only you can judge. */
export async function editOffer(ctx: Ctx, raw: Loose<OfferEditInput>): Promise<Offer> {
  const p = parseInput(offerEditInput, raw);
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const deadline = deadlineOf(p.deadline, now, settings.policy.timezone);
  return ctx.store.transaction(async (tx) => {
    const o = await mustGetOffer(tx, p.offer_id);
    const app = await mustGet(tx, o.applicationId);
    const terms = mergeTerms(o.terms, p);
    const contact = await contactFor(tx, p.contact, app, now);
    const judged = new Map(Object.entries(o.judgements).map(([k, v]) => [Number(k), v]));
    const requirements = await tx.offers.requirements();
    for (const [key, j] of Object.entries(p.judge ?? {})) {
      const rid = Number(key);
      if (!requirements.some((r) => r.id === rid)) throw notFound('must-have', rid, 'judge');
      const verdict = typeof j === 'string' ? j : j.verdict;
      if (verdict === 'clear') judged.delete(rid);
      else judged.set(rid, { verdict, note: typeof j === 'string' ? null : (j.note ?? null) });
    }
    const judgements: Record<number, Judgement> = Object.fromEntries(judged);
    await tx.offers.update(
      o.id,
      {
        contactId: contact === undefined ? o.contactId : contact,
        terms,
        deadlineOn: deadline ?? o.deadlineOn,
      },
      judgements,
      now,
    );
    await replan(tx, [app.id], now, settings.policy);
    return mustGetOffer(tx, o.id);
  });
}

/**
 * One round of the negotiation: your counter-proposal (`by: me`, the offer stands until they
 * answer) or their revised offer (`by: employer`, which becomes the offer's terms).
 */
export async function counterOffer(ctx: Ctx, raw: Loose<OfferCounterInput>): Promise<Offer> {
  const p = parseInput(offerCounterInput, raw);
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const deadline = deadlineOf(p.deadline, now, settings.policy.timezone);
  return ctx.store.transaction(async (tx) => {
    const o = await mustGetOffer(tx, p.offer_id);
    const by = p.by ?? 'me';
    const merged = mergeTerms(o.terms, p);
    const changed = Object.fromEntries(
      (Object.keys(merged) as (keyof OfferTerms)[])
        .filter((k) => merged[k] !== o.terms[k])
        .map((k) => [k, merged[k]]),
    ) as Partial<OfferTerms>;
    if (Object.keys(changed).length === 0 && deadline === undefined) {
      throw invalidInput(
        'a counter-offer changes at least one term (e.g. base, vacation_days)',
        'base',
      );
    }
    await tx.offers.addRound({
      offerId: o.id,
      proposedBy: by,
      terms: changed,
      note: p.note ?? null,
      at: now,
    });
    if (by === 'employer') {
      await tx.offers.update(
        o.id,
        { contactId: o.contactId, terms: merged, deadlineOn: deadline ?? o.deadlineOn },
        o.judgements,
        now,
      );
      await replan(tx, [o.applicationId], now, settings.policy);
    }
    return mustGetOffer(tx, o.id);
  });
}

/** Sets 1 FROM = RATE TO, typed by you; nothing is ever looked up. */
export async function setRate(ctx: Ctx, raw: Loose<RateInput>): Promise<ExchangeRate> {
  const p = parseInput(rateInput, raw);
  const r = { from: p.from, to: p.to, rate: p.rate };
  await ctx.store.transaction((tx) => tx.offers.setRate(r, ctx.now()));
  return r;
}

export const listRates = (ctx: Ctx): Promise<ExchangeRate[]> => ctx.store.offers.rates();
