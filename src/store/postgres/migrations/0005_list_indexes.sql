-- List indexes: the PostgreSQL twin of sqlite/migrations/0005_list_indexes.sql.
CREATE INDEX applications_applied_on ON applications(applied_on);
CREATE INDEX applications_updated ON applications(updated_at, id);
CREATE INDEX applications_status_updated ON applications(status, updated_at, id);
DROP INDEX applications_status;
