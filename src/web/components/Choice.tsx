import { useId } from 'react';

interface Props {
  legend: string;
  options: readonly (readonly [value: string, label: string])[];
  value: string;
  onChange: (value: string) => void;
  /** A name for the radio group; unique on the page. */
  name: string;
}

/**
 * A row of radio buttons styled as a segmented control: a real fieldset with a legend, so the
 * question is read with each choice and arrow keys move between them.
 */
export function Choice({ legend, options, value, onChange, name }: Props) {
  const id = useId();
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map(([v, label]) => (
          <span key={v} className="choice-option">
            <input
              type="radio"
              id={`${id}-${v}`}
              name={name}
              value={v}
              checked={value === v}
              onChange={() => {
                onChange(v);
              }}
            />
            <label htmlFor={`${id}-${v}`}>{label}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
