import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNote, Loading, Notice, useTitle } from '../components/Status.js';
import {
  money,
  numberOrText,
  useCompare,
  useNegotiate,
  useSetRate,
  type ComparedOfferJson,
  type ComparisonJson,
} from '../offers/api.js';
import '../offers/offers.css';

const MEETS = { yes: 'Meets all', no: 'Fails a must', unknown: 'Needs your judgement' } as const;
const OUTCOME = { pass: 'Pass', fail: 'Fail', judge: 'Your call' } as const;

/** Offers side by side: which meets your must-haves, and why (seed 000). */
export default function ComparePage() {
  useTitle('Compare offers');
  const compare = useCompare();
  if (compare.isPending) return <Loading />;
  if (compare.isError) return <ErrorNote error={compare.error} />;
  const c = compare.data;
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">Offers</p>
          <h1>Compare offers</h1>
          <p className="muted">
            Weighed against <Link to="/musts">your must-have list</Link>; amounts in other
            currencies only through the rates you typed.
          </p>
        </div>
      </div>
      {c.offers.length === 0 ? (
        <p className="empty">
          No open offers yet. When one arrives, record it in the Offer section of its application's
          page.
        </p>
      ) : (
        <>
          <section aria-labelledby="verdict-title">
            <h2 id="verdict-title">Verdict</h2>
            <p className="offer-verdict">{c.verdict}</p>
          </section>
          <OfferTable c={c} />
          <section aria-labelledby="formula-title">
            <h2 id="formula-title">Total compensation, worked out</h2>
            <ul>
              {c.offers.map((o) => (
                <li key={o.id}>
                  <strong>{o.company}</strong>: {o.total.formula}
                </li>
              ))}
            </ul>
          </section>
          <Negotiate offers={c.offers} />
        </>
      )}
      <RateForm notes={c.cannot_compare} rates={c.rates} />
    </>
  );
}

function OfferTable({ c }: { c: ComparisonJson }) {
  const cur = c.currency;
  const row = (label: string, cell: (o: ComparedOfferJson) => string) => (
    <tr>
      <th scope="row">{label}</th>
      {c.offers.map((o) => (
        <td key={o.id}>{cell(o)}</td>
      ))}
    </tr>
  );
  return (
    <div className="table-wrap">
      <table className="table offer-compare">
        <caption>Your offers side by side{cur === null ? '' : `, totals in ${cur}`}</caption>
        <thead>
          <tr>
            <td />
            {c.offers.map((o) => (
              <th key={o.id} scope="col" className={o.id === c.best ? 'offer-best' : undefined}>
                <Link to={`/applications/${String(o.application_id)}`}>{o.company}</Link>
                <br />
                <span className="muted">{o.role}</span>
                {o.id === c.best && (
                  <>
                    <br />
                    <span className="badge badge-offer">Best fit</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('Must-haves', (o) => MEETS[o.evaluation.meets_musts])}
          {row('Score', (o) => `${String(o.evaluation.score)} / 100`)}
          {row('Base salary', (o) => money(o.total.base, o.currency))}
          {row('Total a year', (o) => money(o.total.yearly, o.currency))}
          {cur !== null &&
            row(`Total in ${cur}`, (o) =>
              o.yearly_in === null ? 'no rate given' : money(o.yearly_in, cur),
            )}
          {row('First year', (o) => money(o.total.first_year, o.currency))}
          {row('Vacation days', (o) => (o.vacation_days === null ? '–' : String(o.vacation_days)))}
          {row('Start', (o) => o.start ?? '–')}
          {row('Remote days a week', (o) => (o.remote_days === null ? '–' : String(o.remote_days)))}
          {row('Decide by', (o) => o.deadline ?? '–')}
          {c.requirements.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.importance === 'must' ? 'Must: ' : 'Nice: '}
                {r.label}
              </th>
              {c.offers.map((o) => {
                const res = o.evaluation.results.find((x) => x.requirement_id === r.id);
                return (
                  <td key={o.id}>
                    {res === undefined ? (
                      '–'
                    ) : (
                      <>
                        <span className={`outcome-${res.outcome}`}>{OUTCOME[res.outcome]}</span>
                        <br />
                        <span className="muted">{res.reason}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A counter-proposal draft, opened in the composer to check and send. */
function Negotiate({ offers }: { offers: ComparedOfferJson[] }) {
  const [offerId, setOfferId] = useState(String(offers[0]?.id ?? ''));
  const [about, setAbout] = useState('salary');
  const draft = useNegotiate();
  const navigate = useNavigate();
  const offerSel = useId();
  const aboutSel = useId();
  return (
    <section aria-labelledby="negotiate-title">
      <h2 id="negotiate-title">Negotiate</h2>
      <p className="muted">
        With an offer you have leverage: the draft cites your research and your target, and goes to
        whoever made the offer.
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          draft.mutate(
            { offerId: Number(offerId), about },
            { onSuccess: (m) => void navigate(`/messages/${String(m.id)}`) },
          );
        }}
      >
        <label htmlFor={offerSel}>Offer</label>
        <select
          id={offerSel}
          value={offerId}
          onChange={(e) => {
            setOfferId(e.target.value);
          }}
        >
          {offers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.company}
            </option>
          ))}
        </select>
        <label htmlFor={aboutSel}>About</label>
        <select
          id={aboutSel}
          value={about}
          onChange={(e) => {
            setAbout(e.target.value);
          }}
        >
          <option value="salary">Salary</option>
          <option value="vacation">Vacation</option>
          <option value="start_date">Start date</option>
          <option value="schedule">Schedule</option>
        </select>
        <button type="submit" className="button button-primary" disabled={draft.isPending}>
          Draft a counter-proposal
        </button>
      </form>
      <ErrorNote error={draft.error} />
    </section>
  );
}

/** The exchange rates you trust; nothing is looked up. */
function RateForm({ notes, rates }: { notes: string[]; rates: ComparisonJson['rates'] }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rate, setRate] = useState('');
  const save = useSetRate();
  const ids = { from: useId(), to: useId(), rate: useId() };
  return (
    <section aria-labelledby="rates-title">
      <h2 id="rates-title">Exchange rates</h2>
      {notes.map((n) => (
        <p key={n} className="notice">
          {n}
        </p>
      ))}
      {rates.length > 0 && (
        <ul>
          {rates.map((r) => (
            <li key={`${r.from}${r.to}`}>
              1 {r.from} = {r.rate} {r.to}
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ from, to, rate: numberOrText(rate) as number });
        }}
      >
        <label htmlFor={ids.from}>1 unit of</label>
        <input
          id={ids.from}
          value={from}
          size={4}
          placeholder="EUR"
          onChange={(e) => {
            setFrom(e.target.value);
          }}
        />
        <label htmlFor={ids.rate}>is worth</label>
        <input
          id={ids.rate}
          value={rate}
          size={8}
          placeholder="1.50"
          inputMode="decimal"
          onChange={(e) => {
            setRate(e.target.value);
          }}
        />
        <label htmlFor={ids.to}>of</label>
        <input
          id={ids.to}
          value={to}
          size={4}
          placeholder="CAD"
          onChange={(e) => {
            setTo(e.target.value);
          }}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          Save rate
        </button>
      </form>
      {save.isSuccess && <Notice>Rate saved.</Notice>}
      <ErrorNote error={save.error} />
    </section>
  );
}
