import type { Kysely, Selectable } from 'kysely';
import type { OfferTerms } from '../../domain/offers/compensation.js';
import type { ExchangeRate } from '../../domain/offers/currency.js';
import type { Judgement } from '../../domain/offers/evaluate.js';
import type { Period } from '../../domain/offers/pay.js';
import {
  parseThreshold,
  type Importance,
  type Requirement,
} from '../../domain/offers/requirements.js';
import type { Offer, OfferRound, Proposer } from '../../domain/offers/types.js';
import type { Instant, LocalDate } from '../../domain/types.js';
import type { DB } from '../schema.js';

export interface NewRequirement {
  criterion: string;
  importance: Importance;
  weight: number;
  /** As stored: `>=90000`, `<=2026-05-01`. */
  threshold: string | null;
  currency: string | null;
}

export interface OfferRow {
  applicationId: number;
  contactId: number | null;
  terms: OfferTerms;
  deadlineOn: LocalDate | null;
}

const termColumns = (t: OfferTerms) => ({
  base: t.base,
  currency: t.currency,
  period: t.period,
  bonus: t.bonus,
  bonus_pct: t.bonusPct,
  equity: t.equity,
  vesting_years: t.vestingYears,
  sign_on: t.signOn,
  vacation_days: t.vacationDays,
  start_on: t.startOn,
  remote_days: t.remoteDays,
  benefits: t.benefits,
});

/** The must-have list, offers with their rounds, and the user's exchange rates. */
export class OfferRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async requirements(): Promise<Requirement[]> {
    const rows = await this.db.selectFrom('requirements').selectAll().orderBy('id').execute();
    return rows.map(toRequirement);
  }

  async requirement(id: number): Promise<Requirement | undefined> {
    const row = await this.db
      .selectFrom('requirements')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toRequirement(row);
  }

  async insertRequirement(r: NewRequirement, now: Instant): Promise<number> {
    const row = await this.db
      .insertInto('requirements')
      .values({ ...r, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async updateRequirement(id: number, r: NewRequirement, now: Instant): Promise<void> {
    await this.db
      .updateTable('requirements')
      .set({ ...r, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async removeRequirement(id: number): Promise<boolean> {
    const r = await this.db.deleteFrom('requirements').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async insert(o: OfferRow, now: Instant): Promise<number> {
    const row = await this.db
      .insertInto('offers')
      .values({
        application_id: o.applicationId,
        contact_id: o.contactId,
        ...termColumns(o.terms),
        deadline_on: o.deadlineOn,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(
    id: number,
    o: Omit<OfferRow, 'applicationId'>,
    judgements: Record<number, Judgement>,
    now: Instant,
  ): Promise<void> {
    await this.db
      .updateTable('offers')
      .set({
        contact_id: o.contactId,
        ...termColumns(o.terms),
        deadline_on: o.deadlineOn,
        judgements: JSON.stringify(judgements),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async get(id: number): Promise<Offer | undefined> {
    const row = await this.db
      .selectFrom('offers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toOffer(row);
  }

  async forApplication(applicationId: number): Promise<Offer | undefined> {
    const row = await this.db
      .selectFrom('offers')
      .selectAll()
      .where('application_id', '=', applicationId)
      .executeTakeFirst();
    return row === undefined ? undefined : toOffer(row);
  }

  async forApplications(ids: readonly number[]): Promise<Offer[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('offers')
      .selectAll()
      .where('application_id', 'in', [...ids])
      .execute();
    return rows.map(toOffer);
  }

  async list(): Promise<Offer[]> {
    const rows = await this.db.selectFrom('offers').selectAll().orderBy('id').execute();
    return rows.map(toOffer);
  }

  async addRound(r: Omit<OfferRound, 'id'>): Promise<number> {
    const row = await this.db
      .insertInto('offer_rounds')
      .values({
        offer_id: r.offerId,
        proposed_by: r.proposedBy,
        terms: JSON.stringify(r.terms),
        note: r.note,
        at: r.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async rounds(offerId: number): Promise<OfferRound[]> {
    const rows = await this.db
      .selectFrom('offer_rounds')
      .selectAll()
      .where('offer_id', '=', offerId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      offerId: r.offer_id,
      proposedBy: r.proposed_by as Proposer,
      terms: JSON.parse(r.terms) as Partial<OfferTerms>,
      note: r.note,
      at: r.at,
    }));
  }

  async rates(): Promise<ExchangeRate[]> {
    const rows = await this.db
      .selectFrom('exchange_rates')
      .selectAll()
      .orderBy('from_currency')
      .orderBy('to_currency')
      .execute();
    return rows.map((r) => ({ from: r.from_currency, to: r.to_currency, rate: r.rate }));
  }

  /** Sets 1 `from` = `rate` `to`; a rate typed the other way before is dropped, so one pair has one rate. */
  async setRate(r: ExchangeRate, now: Instant): Promise<void> {
    await this.db
      .deleteFrom('exchange_rates')
      .where('from_currency', '=', r.to)
      .where('to_currency', '=', r.from)
      .execute();
    await this.db
      .insertInto('exchange_rates')
      .values({ from_currency: r.from, to_currency: r.to, rate: r.rate, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['from_currency', 'to_currency']).doUpdateSet({ rate: r.rate, updated_at: now }),
      )
      .execute();
  }
}

function toRequirement(r: Selectable<DB['requirements']>): Requirement {
  return {
    id: r.id,
    criterion: r.criterion,
    importance: r.importance as Importance,
    weight: r.weight,
    // Stored only after parsing, so it parses again.
    threshold: r.threshold === null ? null : parseThreshold(r.criterion, r.threshold),
    currency: r.currency,
  };
}

function toOffer(r: Selectable<DB['offers']>): Offer {
  return {
    id: r.id,
    applicationId: r.application_id,
    contactId: r.contact_id,
    terms: {
      base: r.base,
      currency: r.currency,
      period: r.period as Period,
      bonus: r.bonus,
      bonusPct: r.bonus_pct,
      equity: r.equity,
      vestingYears: r.vesting_years,
      signOn: r.sign_on,
      vacationDays: r.vacation_days,
      startOn: r.start_on,
      remoteDays: r.remote_days,
      benefits: r.benefits,
    },
    deadlineOn: r.deadline_on,
    judgements: JSON.parse(r.judgements) as Record<number, Judgement>,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
