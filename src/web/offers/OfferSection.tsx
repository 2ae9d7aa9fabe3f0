import { useState } from 'react';
import { Link } from 'react-router';
import type { presentOffer } from '../../services/offers/present.js';
import { api } from '../api/client.js';
import { useWrite } from '../api/queries.js';
import { TextField } from '../components/TextField.js';
import { ErrorNote } from '../components/Status.js';
import { money, numberOrText } from './api.js';
import './offers.css';

type OfferJson = ReturnType<typeof presentOffer>;

const FIELDS = [
  ['base', 'Base salary', 'a year, in the currency below'],
  ['currency', 'Currency', 'ISO 4217, e.g. CAD'],
  ['bonus', 'Bonus', 'a year'],
  ['sign_on', 'Sign-on bonus', undefined],
  ['vacation_days', 'Vacation days', 'a year'],
  ['remote_days', 'Remote days', 'a week'],
  ['start', 'Start date', 'YYYY-MM-DD'],
  ['deadline', 'Decide by', 'YYYY-MM-DD: when they need your answer'],
  ['contact', 'Made by', 'Name <email>: negotiation drafts go to them'],
] as const;
type Key = (typeof FIELDS)[number][0];
const NUMERIC = new Set<Key>(['base', 'bonus', 'sign_on', 'vacation_days', 'remote_days']);

/**
 * Record an offer for this application (seed 000: with an offer you have leverage; weigh it
 * against your must-haves). The application moves to `offer`, and the Compare page weighs it.
 */
export function OfferSection({ appId }: { appId: number }) {
  const empty = Object.fromEntries(FIELDS.map(([k]) => [k, ''])) as Record<Key, string>;
  const [v, setV] = useState(empty);
  const [saved, setSaved] = useState<OfferJson | null>(null);
  const add = useWrite((body: Record<string, unknown>) =>
    api.post<OfferJson>(`/api/applications/${String(appId)}/offer`, body),
  );
  return (
    <section aria-labelledby="offer-title">
      <h2 id="offer-title">Offer</h2>
      {saved !== null && (
        <p className="notice" role="status">
          Recorded offer #{saved.id}: {money(saved.total.yearly, saved.total.currency)} a year in
          total. <Link to="/offers">Compare it with your must-haves</Link>.
        </p>
      )}
      <details>
        <summary>Record an offer</summary>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            const body: Record<string, unknown> = {};
            for (const [k] of FIELDS) {
              const raw = v[k].trim();
              if (raw !== '') body[k] = NUMERIC.has(k) ? numberOrText(raw) : raw;
            }
            add.mutate(body, {
              onSuccess: (o) => {
                setSaved(o);
                setV(empty);
              },
            });
          }}
        >
          <div className="field-row">
            {FIELDS.map(([k, label, hint]) => (
              <TextField
                key={k}
                label={label}
                name={k}
                error={add.error}
                hint={hint}
                value={v[k]}
                onChange={(value) => {
                  setV({ ...v, [k]: value });
                }}
              />
            ))}
          </div>
          <button type="submit" className="button" disabled={add.isPending}>
            Record offer
          </button>
          <ErrorNote error={add.error} />
        </form>
      </details>
    </section>
  );
}
