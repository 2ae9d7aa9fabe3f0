import type { Instant, LocalDate } from '../types.js';
import type { OfferTerms } from './compensation.js';
import type { Currency } from './currency.js';
import type { Judgement } from './evaluate.js';
import type { DataPoint } from './pay.js';

/** Salary research: for one application, or for a role and location (`applicationId` null). */
export interface SalaryResearch {
  id: number;
  applicationId: number | null;
  role: string;
  location: string | null;
  target: number | null;
  walkAway: number | null;
  /** The currency of the target and walk-away point. */
  currency: Currency | null;
  note: string | null;
  points: (DataPoint & { id: number })[];
  createdAt: Instant;
  updatedAt: Instant;
}

export const PROPOSERS = ['employer', 'me'] as const;
export type Proposer = (typeof PROPOSERS)[number];

/** One step of the negotiation: the terms someone proposed, when. */
export interface OfferRound {
  id: number;
  offerId: number;
  proposedBy: Proposer;
  terms: Partial<OfferTerms>;
  note: string | null;
  at: Instant;
}

/** An offer; its status is its application's (offer, accepted, declined…), never stored twice. */
export interface Offer {
  id: number;
  applicationId: number;
  /** Who made the offer: negotiation and decisions are addressed to them. */
  contactId: number | null;
  terms: OfferTerms;
  deadlineOn: LocalDate | null;
  judgements: Record<number, Judgement>;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The role and location as keys: case, accents and spacing do not make two researches. */
export const researchKey = (s: string | null): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
