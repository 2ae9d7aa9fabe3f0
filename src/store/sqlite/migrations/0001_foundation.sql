-- Foundation: applications and their status history, companies, contacts, interviews, actions,
-- settings. Instants are ISO-8601 UTC text (sortable); local dates are YYYY-MM-DD text.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
);

CREATE TABLE companies (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  name            TEXT NOT NULL,
  normalized_name TEXT NOT NULL UNIQUE,
  website         TEXT,
  notes           TEXT,
  created_at      TEXT NOT NULL
);

CREATE TABLE applications (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  company_id      INTEGER NOT NULL REFERENCES companies(id),
  role            TEXT NOT NULL,
  url             TEXT,
  source          TEXT,
  location        TEXT,
  salary_min      INTEGER,
  salary_max      INTEGER,
  salary_currency TEXT,
  status          TEXT NOT NULL,
  applied_on      TEXT,
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX applications_status ON applications(status);
CREATE INDEX applications_company ON applications(company_id);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL,
  from_status    TEXT,
  to_status      TEXT,
  note           TEXT,
  at             TEXT NOT NULL
);
CREATE INDEX events_application ON events(application_id, at);

CREATE TABLE contacts (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  name              TEXT NOT NULL,
  email             TEXT,
  phone             TEXT,
  title             TEXT,
  company_id        INTEGER REFERENCES companies(id),
  linkedin_url      TEXT,
  relationship      TEXT NOT NULL,
  last_contacted_at TEXT,
  created_at        TEXT NOT NULL
);
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_email ON contacts(email);

CREATE TABLE interviews (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  round          INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  state          TEXT NOT NULL,
  start_at       TEXT NOT NULL,
  duration_min   INTEGER NOT NULL,
  time_zone      TEXT,
  location       TEXT,
  late           INTEGER NOT NULL DEFAULT 0,
  next_steps     TEXT,
  decision_by    TEXT,
  follow_up_on   TEXT,
  outcome        TEXT,
  notes          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX interviews_application ON interviews(application_id, start_at);
CREATE INDEX interviews_state_start ON interviews(state, start_at);

CREATE TABLE interview_interviewers (
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  contact_id   INTEGER NOT NULL REFERENCES contacts(id),
  position     INTEGER NOT NULL,
  PRIMARY KEY (interview_id, contact_id)
);
CREATE INDEX interview_interviewers_contact ON interview_interviewers(contact_id);

-- Topics discussed, documents promised and skill gaps noticed: ordered lists of text per interview.
CREATE TABLE interview_items (
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL, -- topic | document | skill_gap
  position     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (interview_id, kind, position)
);

CREATE TABLE actions (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  key            TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL,
  title          TEXT NOT NULL,
  due_at         TEXT NOT NULL,
  earliest_at    TEXT,
  latest_at      TEXT,
  status         TEXT NOT NULL,
  why            TEXT NOT NULL,
  seeds          TEXT NOT NULL, -- comma-separated seed ids
  application_id INTEGER REFERENCES applications(id) ON DELETE CASCADE,
  interview_id   INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
  contact_id     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  message_id     INTEGER, -- messages arrive with the composer
  channel        TEXT,
  origin         TEXT NOT NULL,
  reason         TEXT,
  user_due       INTEGER NOT NULL DEFAULT 0,
  completed_at   TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX actions_status_due ON actions(status, due_at);
CREATE INDEX actions_application ON actions(application_id);
CREATE INDEX actions_contact ON actions(contact_id, kind);
