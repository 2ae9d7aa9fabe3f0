import type { SettingJson } from '../api/types.js';
import type { KeySpec } from './keys.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Props {
  spec: KeySpec;
  id: string;
  value: string;
  setting: SettingJson;
  describedBy: string | undefined;
  invalid: boolean;
  onChange: (v: string) => void;
}

/** One setting's control; `value` is always the setting's text form (as `settings set` takes it). */
export function SettingInput({ spec, id, value, setting, describedBy, invalid, onChange }: Props) {
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
  };
  // Every control but the checkbox edits the text form as it is.
  const edit = {
    ...common,
    value,
    onChange: (e: { target: { value: string } }) => {
      onChange(e.target.value);
    },
  };
  const input = spec.input;
  switch (input.kind) {
    case 'bool':
      return (
        <input
          {...common}
          type="checkbox"
          checked={value === 'true'}
          onChange={(e) => {
            onChange(e.target.checked ? 'true' : 'false');
          }}
        />
      );
    case 'number':
      return <input {...edit} type="number" inputMode="numeric" min={input.min} max={input.max} />;
    case 'choice':
      return (
        <select {...edit}>
          {input.options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      );
    case 'area':
      return <textarea {...edit} rows={3} />;
    case 'secret':
      return (
        <input
          {...edit}
          type="password"
          autoComplete="new-password"
          placeholder={setting.set ? 'Set (type to replace it)' : 'Not set'}
        />
      );
    case 'zone':
      return (
        <>
          <input {...edit} type="text" list={`${id}-zones`} autoComplete="off" />
          <datalist id={`${id}-zones`}>
            {Intl.supportedValuesOf('timeZone').map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      );
    case 'days':
      // Rendered as a fieldset by the caller; this is never reached.
      return null;
    case 'text':
      return <input {...edit} type={input.type ?? 'text'} />;
  }
}

/** Work days as seven labelled checkboxes in a fieldset, stored as `mon,tue,…`. */
export function WorkDays({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error: string | null;
}) {
  const on = new Set(value.split(',').map((d) => d.trim()));
  return (
    <fieldset className="field days">
      <legend>Work days</legend>
      {DAYS.map((d, i) => (
        <label key={d} className="day">
          <input
            type="checkbox"
            checked={on.has(d)}
            onChange={(e) => {
              const next = DAYS.filter((x) => (x === d ? e.target.checked : on.has(x)));
              onChange(next.join(','));
            }}
          />
          <span>{DAY_NAMES[i]}</span>
        </label>
      ))}
      {error !== null && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
