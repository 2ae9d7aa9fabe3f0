import { useState } from 'react';
import { Link } from 'react-router';
import { Field } from '../components/Field.js';
import { TextField } from '../components/TextField.js';
import { ErrorNote, Loading } from '../components/Status.js';
import {
  money,
  numberOrText,
  useAddPoint,
  useSalary,
  useSetTarget,
  type SalaryJson,
} from './api.js';
import './offers.css';

type Placed = NonNullable<SalaryJson['summary']>['target'];

const place = (p: Placed): string =>
  p === null
    ? '–'
    : `${money(p.amount, p.currency)}${p.percentile === null ? ' (no rate to compare)' : `, ${String(p.percentile)}th percentile`}`;

/** Salary research for one application (seed 004): data points, percentiles, target, walk-away. */
export function SalarySection({ appId }: { appId: number }) {
  const salary = useSalary(appId);
  return (
    <section aria-labelledby="salary-title">
      <h2 id="salary-title">Salary</h2>
      {salary.isPending ? (
        <Loading />
      ) : salary.isError ? (
        <ErrorNote error={salary.error} />
      ) : (
        <Research s={salary.data} />
      )}
      <AddPoint appId={appId} />
      <Target appId={appId} s={salary.data} />
      <p className="muted">
        Offers are weighed on the <Link to="/offers">Compare page</Link>.
      </p>
    </section>
  );
}

function Research({ s }: { s: SalaryJson }) {
  const r = s.research;
  const sum = s.summary;
  if (r === null || r.data_points.length === 0) {
    return (
      <p className="empty">No research yet: while you wait, find what the role typically pays.</p>
    );
  }
  return (
    <>
      <ul>
        {r.data_points.map((p) => (
          <li key={p.id}>
            {p.source ?? 'no source'}: {money(p.low, null)} / {money(p.median, null)} /{' '}
            {money(p.high, p.currency)} {p.period}
            {p.date === null ? '' : ` (${p.date})`}
          </li>
        ))}
      </ul>
      {sum !== null && (
        <dl className="salary-figures">
          <dt>Yearly range</dt>
          <dd>
            {money(sum.yearly_low, sum.currency)} to {money(sum.yearly_high, sum.currency)}, median{' '}
            {money(sum.yearly_median, sum.currency)}
          </dd>
          {sum.target !== null && (
            <>
              <dt>Your target</dt>
              <dd>{place(sum.target)}</dd>
            </>
          )}
          {sum.walk_away !== null && (
            <>
              <dt>Your walk-away point</dt>
              <dd>{place(sum.walk_away)}</dd>
            </>
          )}
          {sum.offer_base !== null && (
            <>
              <dt>The offer&apos;s base</dt>
              <dd>{place(sum.offer_base)}</dd>
            </>
          )}
          {sum.advertised_min !== null && (
            <>
              <dt>Advertised from</dt>
              <dd>{place(sum.advertised_min)}</dd>
            </>
          )}
        </dl>
      )}
      {r.note !== null && <p className="notes">Why: {r.note}</p>}
      {sum?.notes.map((n) => (
        <p key={n} className="notice">
          {n}
        </p>
      ))}
    </>
  );
}

function AddPoint({ appId }: { appId: number }) {
  const [v, setV] = useState({
    low: '',
    median: '',
    high: '',
    currency: '',
    period: 'yearly',
    source: '',
  });
  const add = useAddPoint(appId);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => {
    setV({ ...v, [k]: e.target.value });
  };
  const input = (
    k: 'low' | 'median' | 'high' | 'currency' | 'source',
    label: string,
    hint?: string,
  ) => (
    <TextField
      label={label}
      name={k}
      error={add.error}
      hint={hint}
      value={v[k]}
      onChange={(value) => {
        setV({ ...v, [k]: value });
      }}
    />
  );
  return (
    <details>
      <summary>Add a data point</summary>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({
            low: numberOrText(v.low),
            median: numberOrText(v.median),
            high: numberOrText(v.high),
            currency: v.currency === '' ? undefined : v.currency,
            period: v.period,
            source: v.source === '' ? undefined : v.source,
          });
        }}
      >
        <div className="field-row">
          {input('low', 'Low')}
          {input('median', 'Median')}
          {input('high', 'High')}
        </div>
        <div className="field-row">
          {input('currency', 'Currency', 'ISO 4217, e.g. CAD')}
          <Field label="Period" name="period" error={add.error}>
            {({ id }) => (
              <select id={id} value={v.period} onChange={set('period')}>
                <option value="yearly">Yearly</option>
                <option value="monthly">Monthly</option>
                <option value="hourly">Hourly</option>
              </select>
            )}
          </Field>
          {input('source', 'Source')}
        </div>
        <button type="submit" className="button" disabled={add.isPending}>
          Add data point
        </button>
        <ErrorNote error={add.error} />
      </form>
    </details>
  );
}

function Target({ appId, s }: { appId: number; s: SalaryJson | undefined }) {
  const r = s?.research ?? null;
  const [v, setV] = useState({ target: '', walk_away: '', note: '' });
  const save = useSetTarget(appId);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => {
    setV({ ...v, [k]: e.target.value });
  };
  return (
    <details>
      <summary>
        {r?.target == null
          ? 'Set your target and walk-away point'
          : 'Change your target and walk-away point'}
      </summary>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            target: numberOrText(v.target),
            walk_away: numberOrText(v.walk_away),
            note: v.note === '' ? undefined : v.note,
          });
        }}
      >
        <div className="field-row">
          {(['target', 'walk_away'] as const).map((k) => (
            <Field
              key={k}
              label={k === 'target' ? 'Target' : 'Walk-away point'}
              name={k}
              error={save.error}
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  value={v[k]}
                  onChange={set(k)}
                />
              )}
            </Field>
          ))}
        </div>
        <Field label="Why these numbers" name="note" error={save.error}>
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} value={v.note} onChange={set('note')} />
          )}
        </Field>
        <button type="submit" className="button" disabled={save.isPending}>
          Save
        </button>
        <ErrorNote error={save.error} />
      </form>
    </details>
  );
}
