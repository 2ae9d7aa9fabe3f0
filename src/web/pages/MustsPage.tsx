import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Field } from '../components/Field.js';
import { ErrorNote, Loading, Notice, useTitle } from '../components/Status.js';
import { numberOrText, useAddMust, useMusts, useRemoveMust } from '../offers/api.js';
import '../offers/offers.css';

const KINDS = [
  ['base_salary', 'Base salary'],
  ['total_comp', 'Total compensation'],
  ['vacation_days', 'Vacation days'],
  ['start_date', 'Start date'],
  ['remote_days', 'Remote days a week'],
  ['other', 'Something else (culture, people, commute…)'],
] as const;

/** The must-have list (seed 000): written before any offer, every offer is weighed against it. */
export default function MustsPage() {
  useTitle('Must-haves');
  const musts = useMusts();
  const remove = useRemoveMust();
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">Offers</p>
          <h1>Your must-have list</h1>
          <p className="muted">
            Best written before any offer. Each offer is weighed against it on the{' '}
            <Link to="/offers">Compare page</Link>.
          </p>
        </div>
      </div>
      {musts.isPending ? (
        <Loading />
      ) : musts.isError ? (
        <ErrorNote error={musts.error} />
      ) : musts.data.length === 0 ? (
        <p className="empty">Nothing on the list yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>Criteria, in the order you wrote them</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Must or nice</th>
                <th scope="col">Threshold</th>
                <th scope="col">Weight</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {musts.data.map((r) => (
                <tr key={r.id}>
                  <td>{r.label}</td>
                  <td>{r.importance === 'must' ? 'Must' : 'Nice to have'}</td>
                  <td>
                    {r.threshold === null
                      ? 'you judge it'
                      : `${r.threshold}${r.currency === null ? '' : ` ${r.currency}`}`}
                  </td>
                  <td>{r.weight}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-quiet"
                      disabled={remove.isPending}
                      onClick={() => {
                        remove.mutate(r.id);
                      }}
                    >
                      Remove <span className="visually-hidden">{r.label}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={remove.error} />
      <AddMust />
    </>
  );
}

function AddMust() {
  const [kind, setKind] = useState<string>('base_salary');
  const [other, setOther] = useState('');
  const [importance, setImportance] = useState<'must' | 'nice'>('must');
  const [threshold, setThreshold] = useState('');
  const [weight, setWeight] = useState('');
  const [currency, setCurrency] = useState('');
  const add = useAddMust();
  const group = useId();
  const money = kind === 'base_salary' || kind === 'total_comp';
  return (
    <section aria-labelledby="add-must-title">
      <h2 id="add-must-title">Add a criterion</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(
            {
              criterion: kind === 'other' ? other : kind,
              importance,
              threshold: threshold === '' || kind === 'other' ? undefined : threshold,
              weight: numberOrText(weight),
              currency: money && currency !== '' ? currency : undefined,
            },
            {
              onSuccess: () => {
                setThreshold('');
                setOther('');
              },
            },
          );
        }}
      >
        <Field label="Criterion" name="criterion" error={add.error}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value);
              }}
            >
              {KINDS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'other' && (
          <Field label="In your words" name="criterion" error={add.error}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                value={other}
                onChange={(e) => {
                  setOther(e.target.value);
                }}
              />
            )}
          </Field>
        )}
        <fieldset className="field">
          <legend id={group}>Must or nice to have</legend>
          <label className="field-check">
            <input
              type="radio"
              name="importance"
              checked={importance === 'must'}
              onChange={() => {
                setImportance('must');
              }}
            />{' '}
            Must
          </label>
          <label className="field-check">
            <input
              type="radio"
              name="importance"
              checked={importance === 'nice'}
              onChange={() => {
                setImportance('nice');
              }}
            />{' '}
            Nice to have
          </label>
        </fieldset>
        {kind !== 'other' && (
          <Field
            label="Threshold"
            name="threshold"
            error={add.error}
            hint={
              kind === 'start_date'
                ? 'a date: 2026-05-01 (on or after), <=2026-05-01 (on or before)'
                : 'a number: 90000 means at least; <=2 at most'
            }
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                value={threshold}
                onChange={(e) => {
                  setThreshold(e.target.value);
                }}
              />
            )}
          </Field>
        )}
        {money && (
          <Field label="Currency" name="currency" error={add.error} hint="ISO 4217, e.g. CAD">
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                value={currency}
                size={4}
                onChange={(e) => {
                  setCurrency(e.target.value);
                }}
              />
            )}
          </Field>
        )}
        <Field
          label="Weight"
          name="weight"
          error={add.error}
          hint="1 to 10 (default 3 for a must, 1 for a nice-to-have)"
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={weight}
              size={3}
              inputMode="numeric"
              onChange={(e) => {
                setWeight(e.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          Add to the list
        </button>
      </form>
      {add.isSuccess && <Notice>Added.</Notice>}
      <ErrorNote error={add.error} />
    </section>
  );
}
