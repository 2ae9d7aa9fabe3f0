-- The calendar feed token and the outbox's unique keys: the PostgreSQL twin of
-- sqlite/migrations/0004_calendar_digest.sql.

CREATE TABLE calendar_feed (
  id          integer PRIMARY KEY CHECK (id = 1),
  token       text,
  updated_at  timestamptz NOT NULL
);

CREATE TABLE outbox_keys (
  key         text PRIMARY KEY,
  message_id  bigint NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL
);
CREATE INDEX outbox_keys_message ON outbox_keys(message_id);
