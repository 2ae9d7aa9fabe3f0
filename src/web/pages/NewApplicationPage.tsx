import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.js';
import { refreshAll } from '../api/queries.js';
import type { ApplicationJson } from '../api/types.js';
import { Field, TextInput, formError } from '../components/Field.js';
import { ErrorNote, useTitle } from '../components/Status.js';

const EMPTY = {
  company: '',
  role: '',
  url: '',
  source: '',
  location: '',
  applied: '',
  status: 'applied',
  notes: '',
};

/** Only the fields the user filled in: the API treats a missing field as "not known". */
const filled = (form: typeof EMPTY): Record<string, string> =>
  Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== ''));

export default function NewApplicationPage() {
  useTitle('Add an application');
  const [form, setForm] = useState(EMPTY);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const add = useMutation({
    mutationFn: (body: Record<string, string>) =>
      api.post<ApplicationJson>('/api/applications', body),
    onSuccess: async (app) => {
      await refreshAll(qc);
      await navigate(`/applications/${String(app.id)}`);
    },
  });
  const set = (k: keyof typeof EMPTY) => (v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
  };
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    add.mutate(filled(form));
  };
  const text = (
    k: keyof typeof EMPTY,
    label: string,
    opts: { required?: boolean; type?: string; hint?: string } = {},
  ) => (
    <TextInput
      label={label}
      name={k}
      error={add.error}
      {...opts}
      value={form[k]}
      onValue={set(k)}
    />
  );
  return (
    <>
      <h1>Add an application</h1>
      <p className="lede">
        The job you applied for (or are about to). After the interview you log it here and Afterview
        plans what follows.
      </p>
      <form className="form card" onSubmit={submit} noValidate>
        {text('company', 'Company', { required: true })}
        {text('role', 'Role', { required: true })}
        {text('url', 'Job posting URL', { type: 'url' })}
        {text('location', 'Location')}
        {text('source', 'Where you found it', {
          hint: 'e.g. LinkedIn, a referral, their careers page',
        })}
        <Field label="Status" name="status" error={add.error}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={form.status}
              onChange={(e) => {
                set('status')(e.target.value);
              }}
              aria-describedby={describedBy}
            >
              <option value="saved">Saved — not applied yet</option>
              <option value="applied">Applied</option>
              <option value="interviewing">Interviewing</option>
            </select>
          )}
        </Field>
        {text('applied', 'Applied on', { type: 'date' })}
        <TextInput
          label="Notes"
          name="notes"
          error={add.error}
          rows={3}
          value={form.notes}
          onValue={set('notes')}
        />
        <ErrorNote error={formError(add.error, Object.keys(EMPTY))} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add application'}
          </button>
        </div>
      </form>
    </>
  );
}
