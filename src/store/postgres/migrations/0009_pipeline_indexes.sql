-- Covering indexes for health and insights: the PostgreSQL twin of
-- sqlite/migrations/0009_pipeline_indexes.sql.
CREATE INDEX events_application_kind ON events(application_id, at, kind, to_status);
DROP INDEX events_application;
CREATE INDEX interviews_application_state ON interviews(application_id, start_at, state);
DROP INDEX interviews_application;
