-- People at the employer (issue 13): contacts gain the employer as their profile names it, notes,
-- where they came from and when you connected; the user's verdicts on suggested company matches.

-- The employer as written (a LinkedIn row, a form), and its normalised key for matching. A contact
-- whose employer is one of your companies also has company_id set.
ALTER TABLE contacts ADD COLUMN employer TEXT;
ALTER TABLE contacts ADD COLUMN employer_key TEXT;
ALTER TABLE contacts ADD COLUMN notes TEXT;
-- manual | interview | linkedin
ALTER TABLE contacts ADD COLUMN source TEXT NOT NULL DEFAULT 'manual';
ALTER TABLE contacts ADD COLUMN connected_on TEXT;
ALTER TABLE contacts ADD COLUMN updated_at TEXT;
CREATE INDEX contacts_employer_key ON contacts(employer_key);
CREATE INDEX contacts_linkedin_url ON contacts(linkedin_url);
CREATE INDEX contacts_name ON contacts(name);

-- "Globex Labs" is (or is not) "Globex": decided once per employer name and company, so every
-- contact with that employer, now and in later imports, follows the decision.
CREATE TABLE company_match_decisions (
  employer_key TEXT NOT NULL,
  company_id   INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  decision     TEXT NOT NULL, -- confirmed | rejected
  decided_at   TEXT NOT NULL,
  PRIMARY KEY (employer_key, company_id)
);
