-- Nothing on SQLite: its read cache learns of other writers from PRAGMA data_version. The
-- PostgreSQL twin adds triggers that notify the servers' read caches of every write.
SELECT 1;
