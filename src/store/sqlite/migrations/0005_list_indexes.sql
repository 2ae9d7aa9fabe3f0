-- The planner asks for the latest `applied_on` on every re-plan ("none applied for in 7 days");
-- without an index that is a scan of every application.
CREATE INDEX applications_applied_on ON applications(applied_on);
-- Lists show the most recently touched applications first, all or by status: with these a page
-- of 50 reads 50 rows instead of sorting every application.
CREATE INDEX applications_updated ON applications(updated_at, id);
CREATE INDEX applications_status_updated ON applications(status, updated_at, id);
-- Its prefix does the old status index's work.
DROP INDEX applications_status;
