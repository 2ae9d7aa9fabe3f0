-- Health and insights read the whole search in one grouped pass over events (the latest event
-- and the employer's first answer per application) and ask whether each application had an
-- interview. With the kind, status and state in the index those reads never visit the tables.
-- Each index replaces the one that was its prefix, so writes keep the same number of indexes.
CREATE INDEX events_application_kind ON events(application_id, at, kind, to_status);
DROP INDEX events_application;
CREATE INDEX interviews_application_state ON interviews(application_id, start_at, state);
DROP INDEX interviews_application;
