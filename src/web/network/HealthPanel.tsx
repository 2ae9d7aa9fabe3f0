import { TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { formatDate, plural } from '../lib/format.js';
import { useHealth, type HealthJson } from './api.js';
import './network.css';

/** The warnings' "(seed 003)" tags point into the product notes, not at anything on screen. */
const words = (m: string): string => m.replace(/\s*\(seeds? [\d, ]+\)/gu, '');

const days = (n: number | null): string =>
  n === null ? '–' : n === 1 ? '1 day' : `${String(Math.round(n * 10) / 10)} days`;

/**
 * Pipeline health on Today (PRODUCT.md §8, seeds 003/004): keep applying, and never rest on one
 * company. The same numbers the `continue_search` rule uses.
 */
export function HealthPanel() {
  const health = useHealth();
  if (health.isPending || health.isError) return null;
  const h = health.data;
  if (h.active === 0 && h.last_applied_on === null) return null;
  const alerts = h.warnings;
  return (
    <section aria-labelledby="health-title" className="card health">
      <h2 id="health-title">Pipeline health</h2>
      {alerts.length > 0 && (
        <ul className="health-warnings">
          {alerts.map((w) => (
            <li key={w.code}>
              <TriangleAlert aria-hidden size={18} />
              <span>{words(w.message)}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="health-figures">
        <Figure
          label="Active applications"
          value={`${String(h.active)} of ${String(h.pipeline_goal)}`}
          low={h.active < h.pipeline_goal}
        />
        <Figure
          label="Applied this week"
          value={`${String(h.applied_this_week)} of ${String(h.weekly_goal)}`}
          low={h.applied_this_week < h.weekly_goal}
        />
        <Figure label="Largest share at one company" value={share(h)} low={isBasket(h)} />
        <Figure
          label="Since your last application"
          value={h.days_since_last_application === null ? '–' : days(h.days_since_last_application)}
          low={false}
        />
        <Figure
          label="Median reply time"
          value={
            h.response_days.median === null
              ? 'no replies yet'
              : `${days(h.response_days.median)} (${plural(h.response_days.responses, 'reply', 'replies')})`
          }
          low={false}
        />
      </dl>
      {h.stale.length > 0 && (
        <>
          <h3>Quiet for {plural(14, 'day')} or more</h3>
          <ul className="health-stale">
            {h.stale.slice(0, 5).map((s) => (
              <li key={s.application_id}>
                <Link to={`/applications/${String(s.application_id)}`}>
                  {s.company} · {s.role}
                </Link>{' '}
                <span className="muted">
                  {days(s.days)} since {formatDate(s.last_activity)}
                </span>
              </li>
            ))}
            {h.stale_count > 5 && <li className="muted">and {h.stale_count - 5} more</li>}
          </ul>
        </>
      )}
      <p className="health-more">
        <Link to="/insights">See the whole search</Link>
      </p>
    </section>
  );
}

const isBasket = (h: HealthJson): boolean => h.warnings.some((w) => w.code === 'one_basket');

const share = (h: HealthJson): string =>
  h.largest_share === null
    ? '–'
    : `${String(Math.round(h.largest_share.share * 100))}% at ${h.largest_share.company}`;

function Figure({ label, value, low }: { label: string; value: string; low: boolean }) {
  return (
    <div className={low ? 'health-figure health-low' : 'health-figure'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
