import { invalidInput } from '../errors.js';
import { isEmailAddress } from '../validate.js';
import { isValidZone, parseClock, parseLocalDate, type Calendar } from '../time.js';
import { CHANNELS, type Channel, type LocalDate } from '../types.js';
import { bool, clock, int, joined, list, specFor, str } from './keys.js';

/**
 * The playbook policy (PRODUCT.md §4 Settings, §5): the calendar, every timing and every goal.
 * This is all the planner receives.
 */
export interface Policy {
  timezone: string;
  workDays: number[];
  holidays: LocalDate[];
  weeklyGoal: number;
  pipelineGoal: number;
  debriefDelayHours: number;
  thankYouChannel: Channel;
  thankYouDelayHours: number;
  thankYouWindowHours: number;
  followUpEnabled: boolean;
  followUpDelayDays: number;
  followUpTime: string;
  followUpSecondDays: number;
  followUpThirdDays: number;
  followUpSpacingDays: number;
  followUpCap: number;
  keepWarmDays: number;
  /** Pay normalised to yearly (PRODUCT.md §9): hourly × hours a week × weeks a year. */
  salaryHoursPerWeek: number;
  salaryWeeksPerYear: number;
  dayStart: string;
  dayEnd: string;
  /** The daily digest e-mail (PRODUCT.md §10): on work days at `digestTime` local. */
  digestEnabled: boolean;
  digestTime: string;
  /** Recipient; empty means the profile's `email`. */
  digestTo: string;
  /** `serve` keeps a daily backup of the database, the last seven (docs/data.md). */
  backupDaily: boolean;
}

export function defaultPolicy(timezone: string): Policy {
  return {
    timezone: isValidZone(timezone) ? timezone : 'UTC',
    workDays: [1, 2, 3, 4, 5],
    holidays: [],
    weeklyGoal: 5,
    pipelineGoal: 5,
    debriefDelayHours: 2,
    thankYouChannel: 'email',
    thankYouDelayHours: 3,
    thankYouWindowHours: 24,
    followUpEnabled: true,
    followUpDelayDays: 7,
    followUpTime: '10:00',
    followUpSecondDays: 7,
    followUpThirdDays: 14,
    followUpSpacingDays: 7,
    followUpCap: 3,
    keepWarmDays: 60,
    salaryHoursPerWeek: 40,
    salaryWeeksPerYear: 52,
    dayStart: '09:00',
    dayEnd: '17:00',
    digestEnabled: true,
    digestTime: '08:00',
    digestTo: '',
    backupDaily: true,
  };
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const spec = specFor<Policy>();

export const POLICY_KEYS = {
  timezone: spec({
    field: 'timezone',
    help: 'IANA time zone, e.g. America/Toronto',
    parse: (raw, key) => {
      const z = raw.trim();
      if (!isValidZone(z)) throw invalidInput(`unknown time zone "${raw}"`, key);
      return z;
    },
    format: str,
  }),
  work_days: spec({
    field: 'workDays',
    help: 'work days, e.g. mon,tue,wed,thu,fri',
    parse: (raw, key) => {
      const days = list(raw.toLowerCase()).map((d) => {
        const i = DAY_NAMES.indexOf(d.slice(0, 3) as (typeof DAY_NAMES)[number]);
        if (i < 0) throw invalidInput(`"${d}" is not a day (mon … sun)`, key);
        return i + 1;
      });
      if (days.length === 0) throw invalidInput(`${key} needs at least one day`, key);
      return [...new Set(days)].sort((a, b) => a - b);
    },
    format: (v) => v.map((d) => DAY_NAMES[d - 1] ?? '?').join(','),
  }),
  holidays: spec({
    field: 'holidays',
    help: 'dates that are not business days, e.g. 2026-12-25,2026-12-28',
    parse: (raw, key) => [...new Set(list(raw).map((d) => parseLocalDate(d, key)))].sort(),
    format: joined,
  }),
  weekly_goal: spec({
    field: 'weeklyGoal',
    help: 'applications to send per week',
    parse: int(0, 100),
    format: str,
  }),
  pipeline_goal: spec({
    field: 'pipelineGoal',
    help: 'active applications to keep open',
    parse: int(0, 500),
    format: str,
  }),
  'debrief.delay_hours': spec({
    field: 'debriefDelayHours',
    help: 'debrief due this many hours after an interview ends',
    parse: int(0, 24),
    format: str,
  }),
  'thank_you.channel': spec({
    field: 'thankYouChannel',
    help: 'email, letter or drop_off',
    parse: (raw, key) => {
      const c = raw.trim();
      if (c !== 'email' && c !== 'letter' && c !== 'drop_off') {
        throw invalidInput(`${key} must be email, letter or drop_off`, key);
      }
      return c;
    },
    format: str,
  }),
  'thank_you.delay_hours': spec({
    field: 'thankYouDelayHours',
    help: 'e-mailed thank-you due this many hours after the end',
    parse: int(0, 24),
    format: str,
  }),
  'thank_you.window_hours': spec({
    field: 'thankYouWindowHours',
    help: 'latest time for an e-mailed thank-you, hours after the end',
    parse: int(1, 72),
    format: str,
  }),
  'follow_up.enabled': spec({
    field: 'followUpEnabled',
    help: 'plan follow-ups at all',
    parse: bool,
    format: str,
  }),
  'follow_up.delay_days': spec({
    field: 'followUpDelayDays',
    help: 'first follow-up when no date was given',
    parse: int(1, 60),
    format: str,
  }),
  'follow_up.time': spec({
    field: 'followUpTime',
    help: 'local time of day for follow-ups',
    parse: clock,
    format: str,
  }),
  'follow_up.second_days': spec({
    field: 'followUpSecondDays',
    help: 'second follow-up (phone) this many days after the first was sent',
    parse: int(1, 60),
    format: str,
  }),
  'follow_up.third_days': spec({
    field: 'followUpThirdDays',
    help: 'third follow-up this many days after the second',
    parse: int(1, 90),
    format: str,
  }),
  'follow_up.spacing_days': spec({
    field: 'followUpSpacingDays',
    help: 'never two follow-ups to one contact within this many days',
    parse: int(1, 60),
    format: str,
  }),
  'follow_up.cap': spec({
    field: 'followUpCap',
    help: 'follow-ups per interview before suggesting "ghosted" (1-3)',
    parse: int(0, 3),
    format: str,
  }),
  'salary.hours_per_week': spec({
    field: 'salaryHoursPerWeek',
    help: 'hours a week, to turn hourly pay into yearly',
    parse: int(1, 100),
    format: str,
  }),
  'salary.weeks_per_year': spec({
    field: 'salaryWeeksPerYear',
    help: 'paid weeks a year, to turn hourly pay into yearly',
    parse: int(1, 53),
    format: str,
  }),
  'keep_warm.days': spec({
    field: 'keepWarmDays',
    help: 'keep-warm reminder after a rejection or silence',
    parse: int(7, 365),
    format: str,
  }),
  'day.start': spec({
    field: 'dayStart',
    help: 'start of the business day (drop-offs)',
    parse: clock,
    format: str,
  }),
  'day.end': spec({
    field: 'dayEnd',
    help: 'end of the business day (documents due)',
    parse: clock,
    format: str,
  }),
  'digest.enabled': spec({
    field: 'digestEnabled',
    help: "e-mail the day's and overdue actions every work day",
    parse: bool,
    format: str,
  }),
  'digest.time': spec({
    field: 'digestTime',
    help: 'local time of the daily digest, HH:MM',
    parse: clock,
    format: str,
  }),
  'digest.to': spec({
    field: 'digestTo',
    help: 'where the daily digest goes (default: your email)',
    parse: (raw, key) => {
      const v = raw.trim();
      if (v !== '' && !isEmailAddress(v)) {
        throw invalidInput(`${key} must be an e-mail address`, key);
      }
      return v;
    },
    format: str,
  }),
  'backup.daily': spec({
    field: 'backupDaily',
    help: 'while the server runs, keep a daily backup of your data (the last seven)',
    parse: bool,
    format: str,
  }),
} as const;

const minutes = (hhmm: string): number => {
  const c = parseClock(hhmm);
  return c.hour * 60 + c.minute;
};

/** Cross-field rules that a single key cannot check. Returns the policy if they hold. */
export function validatePolicy(s: Policy): Policy {
  if (s.followUpEnabled && s.followUpCap === 0) {
    throw invalidInput(
      'follow_up.cap is 0 while follow-ups are on: set follow_up.enabled false instead',
      'follow_up.cap',
    );
  }
  if (minutes(s.dayStart) >= minutes(s.dayEnd)) {
    throw invalidInput('day.start must be before day.end', 'day.start');
  }
  if (s.thankYouDelayHours > s.thankYouWindowHours) {
    throw invalidInput(
      'thank_you.delay_hours must not exceed thank_you.window_hours',
      'thank_you.delay_hours',
    );
  }
  if (!CHANNELS.includes(s.thankYouChannel)) {
    throw invalidInput('thank_you.channel must be email, letter or drop_off', 'thank_you.channel');
  }
  return s;
}

export const calendarOf = (s: Policy): Calendar => ({
  timezone: s.timezone,
  workDays: s.workDays,
  holidays: s.holidays,
});
