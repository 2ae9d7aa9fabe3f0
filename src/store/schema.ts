import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Column types are the portable subset both SQLite and
 * PostgreSQL store alike: text, integers, 0/1 flags; instants are ISO-8601 UTC text.
 */
export interface DB {
  settings: { key: string; value: string };
  schema_migrations: { id: number; name: string; checksum: string; applied_at: string };
  companies: {
    id: Generated<number>;
    name: string;
    normalized_name: string;
    website: string | null;
    notes: string | null;
    created_at: string;
  };
  applications: {
    id: Generated<number>;
    company_id: number;
    role: string;
    url: string | null;
    source: string | null;
    location: string | null;
    salary_min: number | null;
    salary_max: number | null;
    salary_currency: string | null;
    status: string;
    applied_on: string | null;
    notes: string | null;
    created_at: string;
    updated_at: string;
  };
  events: {
    id: Generated<number>;
    application_id: number;
    kind: string;
    from_status: string | null;
    to_status: string | null;
    note: string | null;
    at: string;
  };
  contacts: {
    id: Generated<number>;
    name: string;
    email: string | null;
    phone: string | null;
    title: string | null;
    company_id: number | null;
    linkedin_url: string | null;
    relationship: string;
    last_contacted_at: string | null;
    created_at: string;
  };
  interviews: {
    id: Generated<number>;
    application_id: number;
    round: number;
    kind: string;
    state: string;
    start_at: string;
    duration_min: number;
    time_zone: string | null;
    location: string | null;
    late: number;
    next_steps: string | null;
    decision_by: string | null;
    follow_up_on: string | null;
    outcome: string | null;
    notes: string | null;
    created_at: string;
    updated_at: string;
  };
  interview_interviewers: { interview_id: number; contact_id: number; position: number };
  interview_items: { interview_id: number; kind: string; position: number; text: string };
  actions: {
    id: Generated<number>;
    key: string;
    kind: string;
    title: string;
    due_at: string;
    earliest_at: string | null;
    latest_at: string | null;
    status: string;
    why: string;
    seeds: string;
    application_id: number | null;
    interview_id: number | null;
    contact_id: number | null;
    message_id: number | null;
    channel: string | null;
    origin: string;
    reason: string | null;
    user_due: number;
    completed_at: string | null;
    created_at: string;
    updated_at: string;
  };
}
