-- Claims for sending become leases: the PostgreSQL twin of sqlite/migrations/0010_send_leases.sql.
ALTER TABLE messages ADD COLUMN lease_expires_at timestamptz;
