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

/** Splits a textarea into its non-empty lines (one interviewer, topic or document per line). */
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The error when no field on this form shows it (so it is shown once, above the buttons). */
export const formError = (error: unknown, fields: readonly string[]): unknown =>
  error instanceof ApiError && error.field !== null && fields.includes(error.field) ? null : error;
