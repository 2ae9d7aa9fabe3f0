-- Reminders (PRODUCT.md §10): the secret of the subscribable calendar feed, and the keys that
-- make a message unique (the daily digest: one per local date) on top of the outbox's messages.

-- The one feed token: no row until the feed is first asked for; a NULL token once revoked (the
-- feed stays off until renewed). Kept as written, not hashed: the user must be able to see the
-- feed URL again in Settings, and the feed shows nothing that is not already in this file.
CREATE TABLE calendar_feed (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  token       TEXT,
  updated_at  TEXT NOT NULL
);

-- `digest:2026-03-09` → the message that carries that day's digest. The primary key is the claim:
-- two processes (or a restart) can never enqueue a second message for the same key.
CREATE TABLE outbox_keys (
  key         TEXT PRIMARY KEY,
  message_id  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL
);
CREATE INDEX outbox_keys_message ON outbox_keys(message_id);
