import { Link, useNavigate } from 'react-router';
import { useLoadDemo } from '../api/queries.js';
import { ErrorNote } from './Status.js';

/** The first thing a new user sees: what Afterview does and the one step to take first. */
export function Welcome() {
  const demo = useLoadDemo();
  const navigate = useNavigate();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Start with the job you applied for</h2>
      <ol className="steps">
        <li>
          <strong>Add an application</strong>: the company and the role.
        </li>
        <li>
          <strong>Log the interview</strong> when it is over: who you met, what you talked about,
          what they said about next steps.
        </li>
        <li>
          Afterview <strong>plans what follows</strong>: a debrief, a thank-you note within a day,
          follow-ups when they said (never too often), the documents you owe, people to reach.
        </li>
      </ol>
      <div className="button-row">
        <Link to="/applications/new" className="button button-primary">
          Add your first application
        </Link>
        <button
          type="button"
          className="button"
          disabled={demo.isPending}
          onClick={() => {
            demo.mutate(undefined, {
              onSuccess: () => {
                void navigate('/');
              },
            });
          }}
        >
          {demo.isPending ? 'Loading the demo…' : 'Explore with demo data'}
        </button>
      </div>
      <ErrorNote error={demo.error} />
    </section>
  );
}
