-- People at the employer: the PostgreSQL twin of sqlite/migrations/0008_network.sql.

ALTER TABLE contacts ADD COLUMN employer text;
ALTER TABLE contacts ADD COLUMN employer_key text;
ALTER TABLE contacts ADD COLUMN notes text;
ALTER TABLE contacts ADD COLUMN source text NOT NULL DEFAULT 'manual';
ALTER TABLE contacts ADD COLUMN connected_on date;
ALTER TABLE contacts ADD COLUMN updated_at timestamptz;
CREATE INDEX contacts_employer_key ON contacts(employer_key);
CREATE INDEX contacts_linkedin_url ON contacts(linkedin_url);
CREATE INDEX contacts_name ON contacts(name);

CREATE TABLE company_match_decisions (
  employer_key text NOT NULL,
  company_id   bigint NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  decision     text NOT NULL,
  decided_at   timestamptz NOT NULL,
  PRIMARY KEY (employer_key, company_id)
);
