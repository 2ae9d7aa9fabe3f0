import { useId, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';

interface Props {
  label: string;
  /** Extra words under the label: the format to type, or what the value is for. */
  hint?: ReactNode;
  /** The API field name this input feeds, to show the server's error next to it. */
  name?: string;
  error?: unknown;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** The server's message for this field, when the last request failed because of it. */
export const fieldError = (error: unknown, name: string | undefined): string | null =>
  name !== undefined && error instanceof ApiError && error.field === name ? error.message : null;

/**
 * A labelled input with its hint and error wired up for assistive technology
 * (`aria-describedby`, `aria-invalid`).
 */
export function Field({ label, hint, name, error, children }: Props) {
  const id = useId();
  const message = fieldError(error, name);
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = message === null ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter((x) => x !== undefined).join(' ') || undefined;
  return (
    <div className={`field${message === null ? '' : ' field-invalid'}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: message !== null })}
      {message !== null && (
        <p className="field-error" id={errorId}>
          {message}
        </p>
      )}
    </div>
  );
}

interface TextInputProps {
  label: string;
  name: string;
  error: unknown;
  hint?: ReactNode;
  /** The input's type (`text` when left out); ignored with `rows`. */
  type?: string;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  required?: boolean;
  value: string;
  onValue: (value: string) => void;
}

/** A labelled text input (or textarea) in a `Field`: what most of our forms are made of. */
export function TextInput({
  type = 'text',
  rows,
  required,
  value,
  onValue,
  ...field
}: TextInputProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          value,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
        };
        return rows === undefined ? (
          <input
            {...common}
            type={type}
            required={required}
            onChange={(e) => {
              onValue(e.target.value);
            }}
          />
        ) : (
          <textarea
            {...common}
            rows={rows}
            required={required}
            onChange={(e) => {
              onValue(e.target.value);
            }}
          />
        );
      }}
    </Field>
  );
}

/** Splits a textarea into its non-empty lines (one interviewer, topic or document per line). */
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The error when no field on this form shows it (so it is shown once, above the buttons). */
export const formError = (error: unknown, fields: readonly string[]): unknown =>
  error instanceof ApiError && error.field !== null && fields.includes(error.field) ? null : error;
