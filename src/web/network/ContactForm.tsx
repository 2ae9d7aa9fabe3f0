import { useState, type SyntheticEvent } from 'react';
import { Field, TextInput, formError } from '../components/Field.js';
import { ErrorNote } from '../components/Status.js';
import { RELATIONSHIP_LABEL, type ContactJson } from './api.js';

const FIELDS = [
  'name',
  'email',
  'phone',
  'title',
  'company',
  'linkedin_url',
  'relationship',
  'connected_on',
  'notes',
] as const;
type Key = (typeof FIELDS)[number];
export type ContactFormValues = Record<Key, string>;

/** The form's values for a contact, or empty ones for a new contact. */
export function valuesOf(c: ContactJson | null): ContactFormValues {
  return {
    name: c?.name ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    title: c?.title ?? '',
    company: c?.company ?? '',
    linkedin_url: c?.linkedin_url ?? '',
    relationship: c?.relationship ?? 'connection',
    connected_on: c?.connected_on ?? '',
    notes: c?.notes ?? '',
  };
}

/**
 * What to send: for a new contact the filled fields; for an edit only what changed, where an
 * emptied field is sent as "" so the server clears it.
 */
export function changes(
  before: ContactFormValues | null,
  after: ContactFormValues,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FIELDS) {
    const v = after[k].trim();
    if (before === null ? v !== '' : v !== before[k].trim()) out[k] = v;
  }
  return out;
}

interface Props {
  initial: ContactJson | null;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: Record<string, string>) => void;
  onCancel?: () => void;
}

/** A contact's fields, for adding one and for editing one. */
export function ContactForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const start = valuesOf(initial);
  const [form, setForm] = useState(start);
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    onSubmit(changes(initial === null ? null : start, form));
  };
  const input = (k: Key, label: string, type = 'text', hint?: string) => (
    <TextInput
      label={label}
      name={k}
      error={error}
      hint={hint}
      type={type}
      required={k === 'name'}
      value={form[k]}
      onValue={(v) => {
        setForm((f) => ({ ...f, [k]: v }));
      }}
    />
  );
  return (
    <form className="form card" onSubmit={submit} noValidate>
      {input('name', 'Name')}
      <div className="field-row">
        {input('email', 'E-mail', 'email')}
        {input('phone', 'Phone', 'tel')}
      </div>
      <div className="field-row">
        {input('title', 'Title', 'text', 'e.g. Engineering Manager')}
        {input('company', 'Company')}
      </div>
      {input('linkedin_url', 'LinkedIn URL', 'url', 'https://www.linkedin.com/in/…')}
      <div className="field-row">
        <Field label="Relationship" name="relationship" error={error}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={form.relationship}
              aria-describedby={describedBy}
              onChange={(e) => {
                setForm((f) => ({ ...f, relationship: e.target.value }));
              }}
            >
              {Object.entries(RELATIONSHIP_LABEL).map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('connected_on', 'Connected on', 'date')}
      </div>
      <TextInput
        label="Notes"
        name="notes"
        error={error}
        rows={3}
        value={form.notes}
        onValue={(v) => {
          setForm((f) => ({ ...f, notes: v }));
        }}
      />
      <ErrorNote error={formError(error, FIELDS)} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
