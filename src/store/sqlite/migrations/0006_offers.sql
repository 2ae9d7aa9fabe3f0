-- Salary research, the must-have list, offers and their counter-offers, exchange rates (issue 14).

-- Research for one application, or (application_id NULL) for a role and location, reused by
-- every application with that role and location. Keys are the normalised role and location.
CREATE TABLE salary_research (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  application_id INTEGER REFERENCES applications(id) ON DELETE CASCADE,
  role           TEXT NOT NULL,
  location       TEXT,
  role_key       TEXT NOT NULL,
  location_key   TEXT NOT NULL,
  target         REAL,
  walk_away      REAL,
  currency       TEXT,
  note           TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX salary_research_app ON salary_research(application_id) WHERE application_id IS NOT NULL;
CREATE UNIQUE INDEX salary_research_shared ON salary_research(role_key, location_key) WHERE application_id IS NULL;

CREATE TABLE salary_points (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  research_id INTEGER NOT NULL REFERENCES salary_research(id) ON DELETE CASCADE,
  source      TEXT,
  low         REAL NOT NULL,
  median      REAL NOT NULL,
  high        REAL NOT NULL,
  currency    TEXT NOT NULL,
  period      TEXT NOT NULL, -- hourly | monthly | yearly
  observed_on TEXT,
  created_at  TEXT NOT NULL
);
CREATE INDEX salary_points_research ON salary_points(research_id, id);

-- The must-have list: one row per criterion, in the order the seeker wrote them.
CREATE TABLE requirements (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  criterion  TEXT NOT NULL,
  importance TEXT NOT NULL, -- must | nice
  weight     INTEGER NOT NULL,
  threshold  TEXT,          -- >=90000, <=2026-05-01
  currency   TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One offer per application; its status is the application's (offer, accepted, declined…).
CREATE TABLE offers (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id) ON DELETE CASCADE,
  contact_id     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  base           REAL NOT NULL,
  currency       TEXT NOT NULL,
  period         TEXT NOT NULL,
  bonus          REAL,
  bonus_pct      REAL,
  equity         REAL,
  vesting_years  REAL,
  sign_on        REAL,
  vacation_days  INTEGER,
  start_on       TEXT,
  remote_days    REAL,
  deadline_on    TEXT,
  benefits       TEXT,
  judgements     TEXT NOT NULL DEFAULT '{}', -- { requirementId: { verdict, note } }
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

-- Who proposed what, when: the offer as made, each counter-proposal, each revised offer.
CREATE TABLE offer_rounds (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  offer_id    INTEGER NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  proposed_by TEXT NOT NULL, -- employer | me
  terms       TEXT NOT NULL, -- JSON: the terms proposed in this round
  note        TEXT,
  at          TEXT NOT NULL
);
CREATE INDEX offer_rounds_offer ON offer_rounds(offer_id, id);

-- Rates the seeker typed: 1 from_currency = rate to_currency. Never looked up.
CREATE TABLE exchange_rates (
  from_currency TEXT NOT NULL,
  to_currency   TEXT NOT NULL,
  rate          REAL NOT NULL,
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (from_currency, to_currency)
);
