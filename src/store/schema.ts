import type { Generated } from 'kysely';
import type { OfferTables } from './schema-offers.js';
import type { SkillTables } from './schema-skills.js';

/**
 * The database as Kysely sees it. Column types are the portable subset both SQLite and
 * PostgreSQL store alike: text, integers, 0/1 flags; instants are ISO-8601 UTC text.
 */
export interface DB extends OfferTables, SkillTables {
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
    /** 0008_network.sql: the employer as written and its normalised key, notes, provenance. */
    employer: string | null;
    employer_key: string | null;
    notes: string | null;
    source: Generated<string>;
    connected_on: string | null;
    updated_at: string | null;
  };
  /** 0008_network.sql: the user's verdict on a suggested company match. */
  company_match_decisions: {
    employer_key: string;
    company_id: number;
    decision: string;
    decided_at: string;
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
  /** 0002_messages.sql: the composer's drafts and the outbox. */
  messages: {
    id: Generated<number>;
    action_id: number | null;
    application_id: number | null;
    interview_id: number | null;
    contact_id: number | null;
    kind: string;
    channel: string;
    template_id: string | null;
    recipient_name: string | null;
    recipient_email: string | null;
    recipient_address: string;
    subject: string;
    body: string;
    voicemail: string | null;
    findings: string;
    state: string;
    attempts: number;
    next_attempt_at: string | null;
    last_error: string | null;
    sending_owner: string | null;
    sending_at: string | null;
    held_at: string | null;
    via: string | null;
    transport_id: string | null;
    transport_response: string | null;
    artifact_path: string | null;
    sent_at: string | null;
    created_at: string;
    updated_at: string;
    /** 0007: what the draft's sentences rely on (JSON), and a forced send's reason, who, when. */
    claims: Generated<string>;
    forced_reason: string | null;
    forced_by: string | null;
    forced_at: string | null;
    /** 0010: a `sending` message is its claimer's until then; after it, anyone holds it. */
    lease_expires_at: string | null;
  };
  message_events: {
    id: Generated<number>;
    message_id: number;
    from_state: string | null;
    to_state: string;
    note: string | null;
    at: string;
  };
  templates: {
    id: Generated<number>;
    name: string;
    kind: string;
    channels: string;
    subject: string;
    body: string;
    voicemail: string | null;
    created_at: string;
    updated_at: string;
  };
  /** 0003_debrief_questions.sql: debriefs, the question bank, review cards and their log. */
  debriefs: {
    id: Generated<number>;
    interview_id: number;
    overall: number | null;
    created_at: string;
    updated_at: string;
  };
  debrief_checks: { debrief_id: number; item: string; answer: string; note: string | null };
  debrief_items: { debrief_id: number; kind: string; position: number; text: string };
  questions: {
    id: Generated<number>;
    text: string;
    normalized_text: string;
    card_due_at: string | null;
    card_state: string | null;
    card_stability: number | null;
    card_difficulty: number | null;
    card_scheduled_days: number | null;
    card_learning_steps: number | null;
    card_reps: number | null;
    card_lapses: number | null;
    card_last_review_at: string | null;
    created_at: string;
    updated_at: string;
  };
  debrief_questions: {
    debrief_id: number;
    position: number;
    question_id: number;
    answer: string | null;
    rating: number | null;
    better_answer: string | null;
  };
  question_reviews: {
    id: Generated<number>;
    question_id: number;
    rating: string;
    state: string;
    due_at: string;
    stability: number;
    difficulty: number;
    scheduled_days: number;
    learning_steps: number;
    reviewed_at: string;
  };
  /** 0004_calendar_digest.sql: the calendar feed's secret and the outbox's unique keys. */
  calendar_feed: { id: number; token: string | null; updated_at: string };
  outbox_keys: { key: string; message_id: number; created_at: string };
}
