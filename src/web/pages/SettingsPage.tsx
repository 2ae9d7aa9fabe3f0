import { Link, useParams } from 'react-router';
import { useSettings } from '../api/queries.js';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { CalendarSection } from '../settings/CalendarSection.js';
import { DataSection } from '../settings/DataSection.js';
import { CALENDAR, KNOWN, SECTIONS, type Section } from '../settings/keys.js';
import { SettingsSection } from '../settings/SettingsSection.js';
import { TestEmail } from '../settings/TestEmail.js';

/** The pages of Settings, in the order of the side menu; calendar and data have their own. */
const PAGES: readonly { id: string; title: string }[] = [
  ...SECTIONS.slice(0, 4).map((s) => ({ id: s.id, title: s.title })),
  { id: 'calendar', title: 'Calendar' },
  ...SECTIONS.slice(4).map((s) => ({ id: s.id, title: s.title })),
  { id: 'data', title: 'Your data' },
];

/**
 * Settings, one short section per page (profile, schedule, mail, digest, calendar, goals,
 * follow-up policy, letters, data), each with one way to save, under a menu of sections.
 */
export default function SettingsPage() {
  const id = useParams().section ?? 'profile';
  const page = PAGES.find((p) => p.id === id) ?? (id === 'other' ? { id, title: 'Other' } : null);
  useTitle(page === null ? 'Settings' : `${page.title} · Settings`);
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
  const menu = other.keys.length > 0 ? [...PAGES, { id: 'other', title: 'Other' }] : PAGES;
  const section = id === 'other' ? other : SECTIONS.find((s) => s.id === id);
  return (
    <>
      <h1>Settings</h1>
      <div className="settings-layout">
        <nav aria-label="Settings sections" className="settings-nav">
          <ul>
            {menu.map((p) => (
              <li key={p.id}>
                <Link to={`/settings/${p.id}`} aria-current={id === p.id ? 'page' : undefined}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-page">
          {page === null ? (
            <p className="empty">There is no such section: pick one from the menu.</p>
          ) : id === 'calendar' ? (
            <>
              <SettingsSection key="calendar-address" section={CALENDAR} settings={byKey} />
              <CalendarSection />
            </>
          ) : id === 'data' ? (
            <DataSection />
          ) : section === undefined ? null : (
            <SettingsSection key={section.id} section={section} settings={byKey}>
              {section.id === 'mail' && <TestEmail />}
            </SettingsSection>
          )}
        </div>
      </div>
    </>
  );
}
