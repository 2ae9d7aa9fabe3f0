import { useId, useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { ErrorNote } from '../components/Status.js';
import { plural } from '../lib/format.js';
import { fileBase64, useImportLinkedin, type ImportSummaryJson } from './api.js';

/** The upload of LinkedIn's Connections.csv, then what the import did and what it could not read. */
export function ImportSection() {
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState<unknown>(null);
  const upload = useImportLinkedin();
  const inputId = useId();
  const hintId = useId();
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (file === null) return;
    setReading(null);
    fileBase64(file).then(
      (b64) => {
        upload.mutate(b64);
      },
      (err: unknown) => {
        setReading(err);
      },
    );
  };
  return (
    <section aria-labelledby="import-title" className="card import-card">
      <h2 id="import-title">Import your LinkedIn connections</h2>
      <p className="hint" id={hintId}>
        On LinkedIn: Settings &amp; Privacy → Data privacy → Get a copy of your data → Connections.
        Upload the <code>Connections.csv</code> file from the archive it mails you. Importing a
        newer export again updates people instead of repeating them.
      </p>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor={inputId}>Connections file</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={hintId}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={file === null || upload.isPending}
        >
          {upload.isPending ? 'Importing…' : 'Import'}
        </button>
      </form>
      {upload.isPending && (
        <p className="muted" role="status">
          Reading {file?.name} and matching people to your companies…
        </p>
      )}
      <ErrorNote error={upload.error ?? reading} title="Nothing was imported." />
      {upload.data !== undefined && <ImportSummary s={upload.data} />}
    </section>
  );
}

function ImportSummary({ s }: { s: ImportSummaryJson }) {
  return (
    <div role="status" className="import-summary">
      <h3>Imported</h3>
      <dl className="figures">
        <dt>Read</dt>
        <dd>{s.read}</dd>
        <dt>New</dt>
        <dd>{s.new}</dd>
        <dt>Updated</dt>
        <dd>{s.updated}</dd>
        <dt>Unchanged</dt>
        <dd>{s.unchanged}</dd>
        <dt>Moved employer</dt>
        <dd>{s.moved}</dd>
        <dt>Skipped</dt>
        <dd>{s.skipped}</dd>
        <dt>At your companies</dt>
        <dd>{s.matched}</dd>
      </dl>
      {s.companies.length > 0 && (
        <>
          <h3>People at the companies you applied to</h3>
          <ul>
            {s.companies.map((c) => (
              <li key={c.company_id}>
                <strong>{c.company}</strong>: {plural(c.people, 'person', 'people')}
                {c.suggested > 0 && <> ({c.suggested} to confirm on its application&apos;s page)</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {s.problems.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>
              {plural(s.problems.length, 'row')} could not be read and{' '}
              {s.problems.length === 1 ? 'was' : 'were'} left out
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {s.problems.map((p, i) => (
                <tr key={`${String(p.line)}-${String(i)}`}>
                  <td>{p.line}</td>
                  <td>{p.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to="/pipeline">Open an application</Link> to see who you know there.
      </p>
    </div>
  );
}
