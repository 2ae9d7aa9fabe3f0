import { z } from 'zod';
import { IMPORTANCE } from '../../domain/offers/requirements.js';
import { PERIODS } from '../../domain/offers/pay.js';
import { PROPOSERS } from '../../domain/offers/types.js';
import { amount, currency, dateText, id, opt, text } from './input.js';

/** The terms of an offer, every one optional (edits and counter-proposals change some). */
const termShape = {
  base: opt(amount),
  currency: opt(currency),
  period: opt(z.enum(PERIODS, { error: `must be one of ${PERIODS.join(', ')}` })),
  bonus: opt(amount),
  bonus_pct: opt(amount.max(1000, 'must be at most 1000')),
  equity: opt(amount),
  vesting_years: opt(
    z
      .number({ error: 'must be a number' })
      .gt(0, 'must be more than 0')
      .max(10, 'must be at most 10'),
  ),
  sign_on: opt(amount),
  vacation_days: opt(
    z
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .max(366, 'must be at most 366: a year has no more days'),
  ),
  start: opt(dateText),
  remote_days: opt(
    z
      .number({ error: 'must be a number' })
      .min(0, 'must not be negative')
      .max(7, 'must be at most 7 (days a week)'),
  ),
  deadline: opt(dateText),
  benefits: opt(text(2000)),
};
export type TermFields = z.output<z.ZodObject<typeof termShape>>;

/** `offer add APP --base N …` and `POST /api/applications/:id/offer`. */
export const offerAddFields = {
  ...termShape,
  base: amount,
  /** Who made the offer, "Name <email>": the drafts are addressed to them. */
  contact: opt(text(300)),
};
export const offerAddInput = z.strictObject({ application_id: id, ...offerAddFields });
export type OfferAddInput = z.input<typeof offerAddInput>;

const judgement = z.union([
  z.enum(['pass', 'fail', 'clear']),
  z.strictObject({ verdict: z.enum(['pass', 'fail', 'clear']), note: opt(text(500)) }),
]);

/** `offer edit OFFER …`: changed terms, who made it, your judgement on free-form criteria. */
export const offerEditFields = {
  ...termShape,
  contact: opt(text(300)),
  /** Requirement id → pass, fail or clear (your verdict on culture, people, trust…). */
  judge: opt(z.record(z.string().regex(/^\d+$/u, 'must be a requirement id'), judgement)),
};
export const offerEditInput = z.strictObject({ offer_id: id, ...offerEditFields });
export type OfferEditInput = z.input<typeof offerEditInput>;

/** `offer counter OFFER [--by me|employer] …`: one round of the negotiation. */
export const offerCounterFields = {
  by: opt(z.enum(PROPOSERS, { error: 'must be me or employer' })),
  ...termShape,
  note: opt(text(2000)),
};
export const offerCounterInput = z.strictObject({ offer_id: id, ...offerCounterFields });
export type OfferCounterInput = z.input<typeof offerCounterInput>;

/** `offers rate FROM TO RATE`: 1 FROM = RATE TO. */
export const rateInput = z
  .strictObject({
    from: currency,
    to: currency,
    rate: z
      .number({ error: 'must be a number' })
      .gt(0, 'must be more than 0')
      .max(1e9, 'is too large'),
  })
  .refine((r) => r.from !== r.to, { message: 'must differ from from', path: ['to'] });
export type RateInput = z.input<typeof rateInput>;

const weight = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(10, 'must be at most 10');

/** `musts add --criterion C (--must|--nice) [--threshold V] [--weight N] [--currency C]`. */
export const requirementInput = z.strictObject({
  criterion: text(100),
  importance: z.enum(IMPORTANCE, { error: 'must be must or nice' }),
  weight: opt(weight),
  threshold: opt(text(40)),
  currency: opt(currency),
});
export type RequirementInput = z.input<typeof requirementInput>;

/** `musts edit ID …`: an empty threshold clears it. */
export const requirementEditFields = {
  criterion: opt(text(100)),
  importance: opt(z.enum(IMPORTANCE, { error: 'must be must or nice' })),
  weight: opt(weight),
  threshold: opt(text(40)),
  currency: opt(currency),
};
export const requirementEditInput = z.strictObject({ id, ...requirementEditFields });
export type RequirementEditInput = z.input<typeof requirementEditInput>;

export const compareInput = z.strictObject({
  currency: opt(currency),
  all: opt(z.boolean()),
});
export type CompareInput = z.input<typeof compareInput>;
