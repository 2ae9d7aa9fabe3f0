-- Drafts that stay true (issue 11) and the standing list of skills to build.

-- What a draft's sentences rely on (owed documents and whether they were sent, the interview's
-- day as the note words it), so the note check can flag an unsent draft whose facts changed.
ALTER TABLE messages ADD COLUMN claims TEXT NOT NULL DEFAULT '[]'; -- JSON
-- A send forced past check errors or the spacing guard: the reason given, who, and when.
ALTER TABLE messages ADD COLUMN forced_reason TEXT;
ALTER TABLE messages ADD COLUMN forced_by TEXT;
ALTER TABLE messages ADD COLUMN forced_at TEXT;

-- Skill gaps kept when an application ends (rejected, withdrawn, ghosted): they matter for
-- every other employer (seeds 000, 004), so they outlive the application's actions.
CREATE TABLE skills (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  skill          TEXT NOT NULL,
  application_id INTEGER REFERENCES applications(id) ON DELETE SET NULL,
  interview_id   INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
  action_key     TEXT, -- the skill_gap action it came from; one entry per action
  status         TEXT NOT NULL DEFAULT 'open', -- open | addressed
  added_at       TEXT NOT NULL,
  addressed_at   TEXT,
  addressed_note TEXT
);
CREATE UNIQUE INDEX skills_action_key ON skills(action_key);
CREATE INDEX skills_status ON skills(status, id);
