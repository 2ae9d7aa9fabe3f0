-- Composer and outbox (PRODUCT.md §6): drafted messages and their journey through the outbox,
-- a log of every state change (forced sends keep their reason here), and the user's templates.

CREATE TABLE messages (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  action_id          INTEGER REFERENCES actions(id) ON DELETE SET NULL,
  application_id     INTEGER REFERENCES applications(id) ON DELETE CASCADE,
  interview_id       INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
  contact_id         INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  kind               TEXT NOT NULL,
  channel            TEXT NOT NULL,
  template_id        TEXT,
  recipient_name     TEXT,
  recipient_email    TEXT,
  recipient_address  TEXT NOT NULL DEFAULT '', -- lines joined by newlines
  subject            TEXT NOT NULL,
  body               TEXT NOT NULL,
  voicemail          TEXT,
  findings           TEXT NOT NULL DEFAULT '[]', -- JSON: the last note check
  state              TEXT NOT NULL,
  attempts           INTEGER NOT NULL DEFAULT 0,
  next_attempt_at    TEXT,
  last_error         TEXT,
  sending_owner      TEXT, -- host:pid of the process that claimed it for the transport call
  sending_at         TEXT,
  held_at            TEXT, -- found in `sending` after a crash: waits for the user
  via                TEXT,
  transport_id       TEXT, -- Message-ID, fixed before the first attempt
  transport_response TEXT,
  artifact_path      TEXT,
  sent_at            TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX messages_state ON messages(state);
CREATE INDEX messages_action ON messages(action_id);
CREATE INDEX messages_contact_kind ON messages(contact_id, kind, sent_at);
CREATE INDEX messages_application ON messages(application_id);

CREATE TABLE message_events (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  from_state  TEXT,
  to_state    TEXT NOT NULL,
  note        TEXT,
  at          TEXT NOT NULL
);
CREATE INDEX message_events_message ON message_events(message_id, id);

CREATE TABLE templates (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL,
  channels    TEXT NOT NULL, -- comma-separated
  subject     TEXT NOT NULL,
  body        TEXT NOT NULL,
  voicemail   TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
