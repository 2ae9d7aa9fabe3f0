/**
 * Every table of the schema is either carried by an export (JSON export, import, merge) or
 * excluded here with the reason. src/store/repos/data.test.ts fails when a migration adds a table
 * that is in neither list, so a new kind of record can never silently stay behind.
 */

/** Tables carried by an export, parents before children (the order import inserts them in). */
export const EXPORTED_TABLES = [
  'settings',
  'companies',
  'applications',
  'events',
  'contacts',
  'company_match_decisions',
  'interviews',
  'interview_interviewers',
  'interview_items',
  'actions',
  'messages',
  'message_events',
  'outbox_keys',
  'templates',
  'questions',
  'debriefs',
  'debrief_checks',
  'debrief_items',
  'debrief_questions',
  'question_reviews',
  'salary_research',
  'salary_points',
  'requirements',
  'offers',
  'offer_rounds',
  'exchange_rates',
  'skills',
] as const;

/** Tables an export leaves out, and why. */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  schema_migrations: 'which migrations built this database: the file names its schema instead',
  sqlite_sequence: "SQLite's own id counters, rebuilt from the ids on import",
  calendar_feed: 'holds only the secret calendar feed token; create a new one after an import',
};

export type ExportedTable = (typeof EXPORTED_TABLES)[number];

/**
 * Columns that hold JSON (text on SQLite, jsonb on PostgreSQL). PostgreSQL keeps jsonb in its own
 * form (its key order, spaces after `:` and `,`), so an export writes these in one canonical form
 * on both databases. src/services/export/export.test.ts checks the list against PostgreSQL's
 * catalog.
 */
export const JSON_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  settings: ['value'],
  messages: ['findings', 'claims'],
  offers: ['judgements'],
  offer_rounds: ['terms'],
};
