import { Link } from 'react-router';
import { ErrorNote } from '../components/Status.js';
import { plural } from '../lib/format.js';
import { useDecideMatch, useNetwork } from './api.js';

const STATUS = {
  interviewer: 'interviewed you',
  linked: 'linked to this application',
  confirmed: 'you confirmed the employer',
} as const;

/**
 * The people you know at an application's company, each with why they match, and the near-miss
 * employers to confirm or reject (the verdict is remembered for every later import).
 */
export function NetworkSection({ appId }: { appId: number }) {
  const network = useNetwork(appId);
  const decide = useDecideMatch(appId);
  if (network.isPending) return null;
  if (network.isError) return <ErrorNote error={network.error} />;
  const n = network.data;
  return (
    <section aria-labelledby="network-title">
      <h2 id="network-title">People you know at {n.company}</h2>
      {n.people.length === 0 ? (
        <p className="muted">
          No one yet. <Link to="/contacts">Import your LinkedIn connections</Link> to find people
          who work there.
        </p>
      ) : (
        <ul className="contacts network-people">
          {n.people.map((p) => (
            <li key={p.id}>
              <Link to={`/contacts/${String(p.id)}`}>{p.name}</Link>
              {p.title !== null && <> · {p.title}</>}
              <br />
              <span className="muted">
                {p.reason}
                {p.status !== 'linked' && <> ({STATUS[p.status]})</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {n.suggestions.length > 0 && (
        <>
          <h3>Is this the same company?</h3>
          <ul className="contacts">
            {n.suggestions.map((s) => (
              <li key={s.employer}>
                <strong>{s.employer}</strong>: {plural(s.people.length, 'person', 'people')} (
                {s.people
                  .slice(0, 3)
                  .map((p) => p.name)
                  .join(', ')}
                {s.people.length > 3 ? ', …' : ''})
                <br />
                <span className="muted">{s.reason}</span>
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    disabled={decide.isPending}
                    onClick={() => {
                      decide.mutate({ employer: s.employer, decision: 'confirmed' });
                    }}
                  >
                    Yes, same company<span className="visually-hidden"> as {s.employer}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={decide.isPending}
                    onClick={() => {
                      decide.mutate({ employer: s.employer, decision: 'rejected' });
                    }}
                  >
                    No, a different one<span className="visually-hidden">: {s.employer}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorNote error={decide.error} />
    </section>
  );
}
