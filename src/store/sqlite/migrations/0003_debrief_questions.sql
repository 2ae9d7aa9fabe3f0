-- Debriefs, the question bank and its review cards (PRODUCT.md §4 Debrief and Question, §7).

-- One debrief per interview; saving again updates it.
CREATE TABLE debriefs (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  interview_id INTEGER NOT NULL UNIQUE REFERENCES interviews(id) ON DELETE CASCADE,
  overall      INTEGER, -- self-rating 1-4
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

-- The seven checklist answers of seed 000.
CREATE TABLE debrief_checks (
  debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
  item       TEXT NOT NULL, -- on_time | researched | dressed | conversation | connected | introduction | awkward
  answer     TEXT NOT NULL, -- yes | partly | no
  note       TEXT,
  PRIMARY KEY (debrief_id, item)
);

-- The prompts of seeds 000 and 003: ordered lists of text per debrief.
CREATE TABLE debrief_items (
  debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL, -- went_well | improve | issue | document | skill_gap
  position   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (debrief_id, kind, position)
);

-- The bank: one row per question however often it was asked (matched on normalized_text).
-- A question with a better answer has a review card: the card_* columns, null until then.
CREATE TABLE questions (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  text                TEXT NOT NULL,
  normalized_text     TEXT NOT NULL UNIQUE,
  card_due_at         TEXT,
  card_state          TEXT, -- new | learning | review | relearning
  card_stability      REAL,
  card_difficulty     REAL,
  card_scheduled_days INTEGER,
  card_learning_steps INTEGER,
  card_reps           INTEGER,
  card_lapses         INTEGER,
  card_last_review_at TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
CREATE INDEX questions_card_due ON questions(card_due_at);

-- Per-question rows of a debrief: how I answered there, my rating, the better answer.
CREATE TABLE debrief_questions (
  debrief_id    INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  question_id   INTEGER NOT NULL REFERENCES questions(id),
  answer        TEXT,
  rating        INTEGER, -- 1-4
  better_answer TEXT,
  PRIMARY KEY (debrief_id, position)
);
CREATE INDEX debrief_questions_question ON debrief_questions(question_id);

-- The review log: every grade given to a card, with the card's state before it.
CREATE TABLE question_reviews (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  question_id       INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  rating            TEXT NOT NULL, -- again | hard | good | easy
  state             TEXT NOT NULL,
  due_at            TEXT NOT NULL,
  stability         REAL NOT NULL,
  difficulty        REAL NOT NULL,
  scheduled_days    INTEGER NOT NULL,
  learning_steps    INTEGER NOT NULL,
  reviewed_at       TEXT NOT NULL
);
CREATE INDEX question_reviews_question ON question_reviews(question_id, reviewed_at);
