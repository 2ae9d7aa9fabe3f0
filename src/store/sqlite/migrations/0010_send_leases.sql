-- Claims for sending become leases (issue 16): a message in `sending` belongs to its claimer only
-- until this instant (ISO-8601 UTC). After it, any instance holds the message for the user, so a
-- claim of a machine that died is recovered from another machine; no process id is trusted
-- across machines. `sending_owner` stays as a label of the instance that claimed it.
ALTER TABLE messages ADD COLUMN lease_expires_at TEXT;
