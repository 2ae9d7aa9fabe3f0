import type { Generated } from 'kysely';

/** 0006_offers.sql: salary research, the must-have list, offers, exchange rates. */
export interface OfferTables {
  salary_research: {
    id: Generated<number>;
    application_id: number | null;
    role: string;
    location: string | null;
    role_key: string;
    location_key: string;
    target: number | null;
    walk_away: number | null;
    currency: string | null;
    note: string | null;
    created_at: string;
    updated_at: string;
  };
  salary_points: {
    id: Generated<number>;
    research_id: number;
    source: string | null;
    low: number;
    median: number;
    high: number;
    currency: string;
    period: string;
    observed_on: string | null;
    created_at: string;
  };
  requirements: {
    id: Generated<number>;
    criterion: string;
    importance: string;
    weight: number;
    threshold: string | null;
    currency: string | null;
    created_at: string;
    updated_at: string;
  };
  offers: {
    id: Generated<number>;
    application_id: number;
    contact_id: number | null;
    base: number;
    currency: string;
    period: string;
    bonus: number | null;
    bonus_pct: number | null;
    equity: number | null;
    vesting_years: number | null;
    sign_on: number | null;
    vacation_days: number | null;
    start_on: string | null;
    remote_days: number | null;
    deadline_on: string | null;
    benefits: string | null;
    judgements: Generated<string>;
    created_at: string;
    updated_at: string;
  };
  offer_rounds: {
    id: Generated<number>;
    offer_id: number;
    proposed_by: string;
    terms: string;
    note: string | null;
    at: string;
  };
  exchange_rates: {
    from_currency: string;
    to_currency: string;
    rate: number;
    updated_at: string;
  };
}
