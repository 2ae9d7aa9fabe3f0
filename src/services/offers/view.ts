import { compareOffers, type Comparison } from '../../domain/offers/compare.js';
import { totalComp, type TotalComp } from '../../domain/offers/compensation.js';
import type { ExchangeRate } from '../../domain/offers/currency.js';
import { evaluateOffer, type Evaluation } from '../../domain/offers/evaluate.js';
import { isMoneyCriterion, type Requirement } from '../../domain/offers/requirements.js';
import type { Offer, OfferRound } from '../../domain/offers/types.js';
import type { Settings } from '../../domain/settings.js';
import type { Application, Contact } from '../../domain/types.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { workYearOf } from '../salary/view.js';
import { loadSettings } from '../settings/settings.js';
import { parseInput, type Loose } from './input.js';
import { mustGetOffer } from './offers.js';
import { compareInput, type CompareInput } from './schema.js';

/** An offer with everything needed to weigh it: the total, the evaluation, the history. */
export interface OfferView {
  offer: Offer;
  application: Application;
  contact: Contact | null;
  rounds: OfferRound[];
  total: TotalComp;
  evaluation: Evaluation;
}

interface Basis {
  settings: Settings;
  rates: ExchangeRate[];
  requirements: Requirement[];
}

async function basis(store: Store, settings: Settings): Promise<Basis> {
  const [rates, requirements] = await Promise.all([
    store.offers.rates(),
    store.offers.requirements(),
  ]);
  return { settings, rates, requirements };
}

async function viewOf(store: Store, offer: Offer, b: Basis): Promise<OfferView> {
  const application = await mustGet(store, offer.applicationId);
  const research = await store.salary.forApplication(application);
  const total = totalComp(offer.terms, workYearOf(b.settings));
  const walkAway =
    research?.walkAway != null && research.currency !== null
      ? { amount: research.walkAway, currency: research.currency }
      : null;
  return {
    offer,
    application,
    contact:
      offer.contactId === null ? null : ((await store.contacts.get(offer.contactId)) ?? null),
    rounds: await store.offers.rounds(offer.id),
    total,
    evaluation: evaluateOffer({
      terms: offer.terms,
      total,
      requirements: b.requirements,
      rates: b.rates,
      judgements: offer.judgements,
      walkAway,
    }),
  };
}

/** One offer, weighed against the must-have list. */
export async function getOffer(ctx: Ctx, id: number): Promise<OfferView> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const offer = await mustGetOffer(ctx.store, id);
  return viewOf(ctx.store, offer, await basis(ctx.store, settings));
}

export interface CompareView {
  comparison: Comparison;
  views: OfferView[];
  requirements: Requirement[];
  rates: ExchangeRate[];
}

/**
 * The open offers side by side (decided ones too with `all`), in the currency asked for, else
 * the currency of your money must-haves, else the first offer's.
 */
export async function compare(ctx: Ctx, raw: Loose<CompareInput> = {}): Promise<CompareView> {
  const p = parseInput(compareInput, raw);
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const b = await basis(ctx.store, settings);
  const views: OfferView[] = [];
  for (const o of await ctx.store.offers.list()) {
    const v = await viewOf(ctx.store, o, b);
    if (p.all === true || v.application.status === 'offer') views.push(v);
  }
  const currency =
    p.currency ??
    b.requirements.find((r) => isMoneyCriterion(r.criterion) && r.currency !== null)?.currency ??
    undefined;
  const comparison = compareOffers(
    views.map((v) => ({
      offerId: v.offer.id,
      label: `${v.application.company} · ${v.application.role}`,
      total: v.total,
      evaluation: v.evaluation,
    })),
    b.rates,
    currency,
  );
  return { comparison, views, requirements: b.requirements, rates: b.rates };
}
