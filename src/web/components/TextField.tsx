import type { ReactNode } from 'react';
import { Field } from './Field.js';

interface Props {
  label: string;
  hint?: ReactNode;
  /** The API field name this input feeds, to show the server's error next to it. */
  name: string;
  error?: unknown;
  value: string;
  onChange: (value: string) => void;
}

/** A one-line text input inside a `Field`: label, hint and the server's error wired up. */
export function TextField({ label, hint, name, error, value, onChange }: Props) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}
