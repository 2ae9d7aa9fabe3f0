-- The planner asks for the latest `applied_on` on every re-plan ("none applied for in 7 days");
-- without an index that is a scan of every application.
CREATE INDEX applications_applied_on ON applications(applied_on);
