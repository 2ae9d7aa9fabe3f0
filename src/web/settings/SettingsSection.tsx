import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent, type ReactNode } from 'react';
import { api, errorText } from '../api/client.js';
import { refreshAll } from '../api/queries.js';
import type { SettingJson } from '../api/types.js';
import { Notice } from '../components/Status.js';
import type { KeySpec, Section } from './keys.js';
import { SettingInput, WorkDays } from './SettingInput.js';

interface Props {
  section: Section;
  settings: ReadonlyMap<string, SettingJson>;
  children?: ReactNode;
}

const initial = (s: SettingJson | undefined): string =>
  s?.secret === true ? '' : (s?.value ?? '');

/**
 * One group of settings with its own Save: only the changed keys are written, one by one, each
 * validated by the server (which re-plans every pending action after each change); a refused
 * value shows its message next to its field and the rest are still saved.
 */
export function SettingsSection({ section, settings, children }: Props) {
  // Only the keys this server has (an older one may lack some).
  const present = section.keys.flatMap((k) => {
    const s = settings.get(k.key);
    return s === undefined ? [] : [[k, s] as const];
  });
  const keys = present.map(([k]) => k);
  const start = () => Object.fromEntries(keys.map((k) => [k.key, initial(settings.get(k.key))]));
  const [values, setValues] = useState<Record<string, string>>(start);
  const [base, setBase] = useState<Record<string, string>>(start);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const qc = useQueryClient();
  const changed = keys.filter((k) => values[k.key] !== base[k.key]);
  const titleId = useId();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setSaving(true);
    setSaved(null);
    const errs: Record<string, string> = {};
    let ok = 0;
    for (const k of changed) {
      const value = values[k.key] ?? '';
      try {
        const s = await api.put<SettingJson>(`/api/settings/${encodeURIComponent(k.key)}`, {
          value,
        });
        const stored = initial(s);
        setBase((b) => ({ ...b, [k.key]: stored }));
        setValues((v) => ({ ...v, [k.key]: stored }));
        ok++;
      } catch (err) {
        errs[k.key] = errorText(err);
      }
    }
    setErrors(errs);
    setSaving(false);
    setSaved(ok);
    await refreshAll(qc);
  };

  if (keys.length === 0) return null;
  return (
    <section className="card settings-section" aria-labelledby={titleId} id={section.id}>
      <h2 id={titleId}>{section.title}</h2>
      <p className="muted">{section.intro}</p>
      <form onSubmit={(e) => void submit(e)} className="form" noValidate>
        {present.map(([k, setting]) => (
          <Row
            key={k.key}
            spec={k}
            setting={setting}
            value={values[k.key] ?? ''}
            error={errors[k.key] ?? null}
            onChange={(v) => {
              setValues((old) => ({ ...old, [k.key]: v }));
            }}
          />
        ))}
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={saving || changed.length === 0}
          >
            {saving ? 'Saving…' : `Save ${section.title.toLowerCase()}`}
          </button>
          {saved !== null && Object.keys(errors).length === 0 && saved > 0 && (
            <Notice>Saved.</Notice>
          )}
        </div>
      </form>
      {children}
    </section>
  );
}

function Row(props: {
  spec: KeySpec;
  setting: SettingJson;
  value: string;
  error: string | null;
  onChange: (v: string) => void;
}) {
  const { spec, setting, value, error, onChange } = props;
  const id = useId();
  if (spec.input.kind === 'days')
    return <WorkDays value={value} onChange={onChange} error={error} />;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [setting.help === '' ? null : hintId, error === null ? null : errorId]
    .filter((x) => x !== null)
    .join(' ');
  const check = spec.input.kind === 'bool';
  const input = (
    <SettingInput
      spec={spec}
      id={id}
      value={value}
      setting={setting}
      describedBy={describedBy || undefined}
      invalid={error !== null}
      onChange={onChange}
    />
  );
  // A checkbox comes before its label, every other control after the label and its hint.
  return (
    <div className={`field${check ? ' field-check' : ''}${error === null ? '' : ' field-invalid'}`}>
      {check && input}
      <label htmlFor={id}>{spec.label}</label>
      {setting.help !== '' && (
        <p className="hint" id={hintId}>
          {setting.help}
        </p>
      )}
      {!check && input}
      {error !== null && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
