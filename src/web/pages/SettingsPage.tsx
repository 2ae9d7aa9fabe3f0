import { useSettings } from '../api/queries.js';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { CalendarSection } from '../settings/CalendarSection.js';
import { DataSection } from '../settings/DataSection.js';
import { KNOWN, SECTIONS, type Section } from '../settings/keys.js';
import { SettingsSection } from '../settings/SettingsSection.js';
import { TestEmail } from '../settings/TestEmail.js';

export default function SettingsPage() {
  useTitle('Settings');
  const settings = useSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorNote error={settings.error} />;
  const byKey = new Map(settings.data.map((s) => [s.key, s]));
  // Keys this screen does not know yet (a newer server) still get a plain text field.
  const other: Section = {
    id: 'other',
    title: 'Other',
    intro: 'More settings.',
    keys: settings.data
      .filter((s) => !KNOWN.has(s.key))
      .map((s) => ({
        key: s.key,
        label: s.key,
        input: s.secret ? { kind: 'secret' } : { kind: 'text' },
      })),
  };
  return (
    <>
      <h1>Settings</h1>
      <nav aria-label="Settings sections" className="toc">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map((s) => (
        <SettingsSection key={s.id} section={s} settings={byKey}>
          {s.id === 'mail' && <TestEmail />}
        </SettingsSection>
      ))}
      <SettingsSection section={other} settings={byKey} />
      <CalendarSection />
      <DataSection />
    </>
  );
}
