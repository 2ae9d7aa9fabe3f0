/** How the settings screen groups and edits the `settings` keys (README "Configuration"). */

export type Input =
  | { kind: 'text'; type?: 'text' | 'email' | 'time' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'bool' }
  | { kind: 'choice'; options: readonly (readonly [string, string])[] }
  | { kind: 'days' }
  | { kind: 'zone' }
  | { kind: 'secret' }
  | { kind: 'area' };

export interface KeySpec {
  key: string;
  label: string;
  input: Input;
}

export interface Section {
  id: string;
  title: string;
  intro: string;
  keys: KeySpec[];
}

const text = (key: string, label: string, type?: 'text' | 'email' | 'time'): KeySpec => ({
  key,
  label,
  input: { kind: 'text', type },
});
const num = (key: string, label: string, min = 0, max?: number): KeySpec => ({
  key,
  label,
  input: { kind: 'number', min, max },
});
const bool = (key: string, label: string): KeySpec => ({ key, label, input: { kind: 'bool' } });

export const SECTIONS: readonly Section[] = [
  {
    id: 'profile',
    title: 'Profile',
    intro: 'Who you are, for the notes Afterview drafts.',
    keys: [
      text('name', 'Your name'),
      text('email', 'Your e-mail address', 'email'),
      { key: 'signature', label: 'Signature', input: { kind: 'area' } },
      text('phone', 'Phone'),
      text('address', 'Postal address (lines separated by ;)'),
      text('skills', 'Your skills (comma-separated)'),
    ],
  },
  {
    id: 'schedule',
    title: 'Schedule',
    intro: 'Every due time is planned in your time zone, on your business days.',
    keys: [
      { key: 'timezone', label: 'Time zone', input: { kind: 'zone' } },
      { key: 'work_days', label: 'Work days', input: { kind: 'days' } },
      text('holidays', 'Holidays (dates, comma-separated)'),
      text('day.start', 'Business day starts', 'time'),
      text('day.end', 'Business day ends', 'time'),
    ],
  },
  {
    id: 'mail',
    title: 'Mail',
    intro:
      "Afterview sends through your own provider's SMTP server, the one your mail program uses.",
    keys: [
      text('mail.from', 'From (Name <email>; empty: your name and address)'),
      text('smtp.host', 'SMTP server'),
      num('smtp.port', 'Port', 1, 65535),
      bool('smtp.secure', 'TLS from the start (port 465)'),
      bool('smtp.require_tls', 'Refuse to send without encryption'),
      text('smtp.user', 'User name'),
      { key: 'smtp.password', label: 'Password', input: { kind: 'secret' } },
      num('mail.attempts', 'Delivery attempts', 1, 10),
    ],
  },
  {
    id: 'digest',
    title: 'Digest',
    intro:
      "An e-mail each work day with the day's actions, so nothing waits for you to open the app.",
    keys: [
      bool('digest.enabled', 'Send me the daily digest'),
      text('digest.time', 'Send it at', 'time'),
      text('digest.to', 'Send it to (empty: your e-mail address)'),
    ],
  },
  {
    id: 'goals',
    title: 'Goals',
    intro: "Keep the search alive: don't put all your eggs in one basket (seeds 001, 003, 004).",
    keys: [
      num('weekly_goal', 'Applications to send per week', 0, 100),
      num('pipeline_goal', 'Active applications to keep open', 0, 500),
    ],
  },
  {
    id: 'policy',
    title: 'Follow-up policy',
    intro: 'When thank-yous and follow-ups fall due, and how often is too often (seed 001).',
    keys: [
      {
        key: 'thank_you.channel',
        label: 'Thank-you by',
        input: {
          kind: 'choice',
          options: [
            ['email', 'E-mail'],
            ['letter', 'Letter'],
            ['drop_off', 'Card dropped off'],
          ],
        },
      },
      num('thank_you.delay_hours', 'Thank-you due (hours after the interview)', 0, 24),
      num('thank_you.window_hours', 'Thank-you latest (hours after)', 1, 72),
      num('debrief.delay_hours', 'Debrief due (hours after)', 0, 24),
      bool('follow_up.enabled', 'Plan follow-ups'),
      num('follow_up.delay_days', 'First follow-up when no date was given (days)', 1, 60),
      text('follow_up.time', 'Follow-ups at', 'time'),
      num('follow_up.second_days', 'Second follow-up, by phone (days after the first)', 1, 60),
      num('follow_up.third_days', 'Third follow-up (days after the second)', 1, 60),
      num('follow_up.spacing_days', 'Never two follow-ups to one person within (days)', 0, 60),
      num('follow_up.cap', 'Follow-ups per interview at most', 0, 10),
      num('keep_warm.days', 'Keep-warm reminder (days)', 1, 365),
      num('salary.hours_per_week', 'Hours a week (hourly pay to yearly)', 1, 100),
      num('salary.weeks_per_year', 'Paid weeks a year (hourly pay to yearly)', 1, 53),
    ],
  },
  {
    id: 'letters',
    title: 'Letters',
    intro: 'Printed letters and cards, and the words the note check accepts.',
    keys: [
      {
        key: 'paper',
        label: 'Paper size',
        input: {
          kind: 'choice',
          options: [
            ['a4', 'A4'],
            ['letter', 'US Letter'],
          ],
        },
      },
      text('spelling.words', 'Words the spelling check accepts (comma-separated)'),
    ],
  },
];

/** The settings on the Calendar page, above the feed address they shape. */
export const CALENDAR: Section = {
  id: 'calendar-address',
  title: 'Calendar address',
  intro:
    'The address calendar apps and the links in your digest use to reach Afterview. Leave it empty to use the address of this server; set it when Afterview is reached another way (another computer, a proxy).',
  keys: [text('app.url', 'Afterview’s address, e.g. https://afterview.example.org')],
};

export const KNOWN = new Set([...SECTIONS, CALENDAR].flatMap((s) => s.keys.map((k) => k.key)));
