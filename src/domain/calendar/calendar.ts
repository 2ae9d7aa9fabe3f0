import ical, {
  ICalAlarmType,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalCalendar,
  type ICalEventData,
} from 'ical-generator';
import { printable } from '../text.js';
import { formatInstant } from '../time.js';
import { foldLines } from './fold.js';
import type { CalendarAction, CalendarInput, CalendarInterview } from './types.js';

/**
 * The reminders calendar (PRODUCT.md §10) as an RFC 5545 iCalendar text: every pending action
 * and every interview that is not cancelled, each with alarms. Pure: the data and `now` come in.
 *
 * - Times are UTC (`DTSTART:20260309T140000Z`), which every client reads and shows in its own
 *   zone; no VTIMEZONE is needed, and DST is settled where the instants were planned.
 * - UIDs are stable (`action-<key>@afterview`, `interview-<id>@afterview`): a client that
 *   refreshes the feed updates an event in place instead of adding a second one.
 * - Done, skipped and cancelled actions, and cancelled interviews, are left out rather than sent
 *   as STATUS:CANCELLED: a subscribed calendar is a snapshot, and every client drops an event
 *   that is no longer in the feed, while several show a CANCELLED one struck through forever.
 * - DTSTAMP and LAST-MODIFIED are the row's last change, not the time of the request, so the same
 *   data gives the same bytes (clients and caches see no change when there is none).
 */

/** How long an action's event lasts: a slot to do it in, shown as free time. */
const ACTION_MINUTES = 15;
/** Held interviews stay on the calendar this long, so one does not vanish the moment it ends. */
export const INTERVIEW_HISTORY_DAYS = 30;
/** Refresh hint for clients that honour it (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

const MINUTE = 60_000;
const DAY = 86_400_000;

const plusMs = (at: string, ms: number): Date => new Date(Date.parse(at) + ms);

/**
 * SEQUENCE from the last change: seconds since 2024, so every change of an event raises it. Apps
 * that import a file (rather than subscribe) take the higher SEQUENCE of one UID as the newer.
 */
export const sequenceOf = (updatedAt: string): number =>
  Math.max(0, Math.floor((Date.parse(updatedAt) - Date.UTC(2024, 0, 1)) / 1000));

/** UIDs are written as they are (ical-generator does not escape them): keep them to safe chars. */
const uidPart = (s: string): string =>
  s.replace(/[^A-Za-z0-9._:-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const actionUid = (key: string): string => `action-${uidPart(key)}@afterview`;
export const interviewUid = (id: number): string => `interview-${String(id)}@afterview`;

/** The app's page of an application (or the app itself), for links in events and the digest. */
export const appLink = (appUrl: string, applicationId: number | null): string =>
  applicationId === null
    ? `${appUrl.replace(/\/+$/, '')}/`
    : `${appUrl.replace(/\/+$/, '')}/applications/${String(applicationId)}`;

/** `Northwind Traders · Backend Engineer`: what an action is for, in events and the digest. */
export const companyAndRole = (a: {
  company: string | null;
  role: string | null;
}): string | null =>
  a.company === null ? null : `${a.company}${a.role === null ? '' : ` · ${a.role}`}`;

const isLink = (s: string): boolean => /^https?:\/\//i.test(s.trim());

/** `Mon 2026-03-09 10:00 (Europe/Berlin)`: a time in a zone, for descriptions. */
const localText = (at: string, zone: string): string => {
  const iso = formatInstant(at, zone);
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone }).format(
    new Date(at),
  );
  return `${weekday} ${iso.slice(0, 10)} ${iso.slice(11, 16)} (${zone})`;
};

/** The actions and interviews a calendar shows at `now`. */
export function calendarItems(input: CalendarInput): {
  actions: CalendarAction[];
  interviews: CalendarInterview[];
} {
  const since = Date.parse(input.now) - INTERVIEW_HISTORY_DAYS * DAY;
  return {
    actions: input.actions.filter((a) => a.status === 'pending'),
    interviews: input.interviews.filter(
      (i) => i.state !== 'cancelled' && Date.parse(i.startAt) + i.durationMin * MINUTE >= since,
    ),
  };
}

export function actionEvent(a: CalendarAction, appUrl: string): ICalEventData {
  const link = appLink(appUrl, a.applicationId);
  const where = companyAndRole(a);
  return {
    id: actionUid(a.key),
    start: new Date(a.due),
    end: plusMs(a.due, ACTION_MINUTES * MINUTE),
    stamp: new Date(a.updatedAt),
    sequence: sequenceOf(a.updatedAt),
    lastModified: new Date(a.updatedAt),
    summary: printable(a.title),
    description: printable(
      [`Why: ${a.why}`, ...(where === null ? [] : [where]), `Open in Afterview: ${link}`].join(
        '\n',
      ),
      { lines: true },
    ),
    url: link,
    transparency: ICalEventTransparency.TRANSPARENT,
    status: ICalEventStatus.CONFIRMED,
    alarms: [{ type: ICalAlarmType.display, trigger: 0, description: printable(a.title) }],
  };
}

export function interviewEvent(i: CalendarInterview, appUrl: string, zone: string): ICalEventData {
  const link = appLink(appUrl, i.applicationId);
  const summary = printable(`Interview: ${i.role} at ${i.company}`);
  const people = i.interviewers.map(
    (p) =>
      `${p.name}${p.title === null ? '' : ` (${p.title})`}${p.email === null ? '' : ` <${p.email}>`}`,
  );
  const location = printable(i.location?.trim() ?? '', { lines: true });
  const lines = [
    `Round ${String(i.round)}, ${i.kind} interview, ${String(i.durationMin)} min.`,
    people.length === 0 ? 'Interviewers: not named yet.' : `Interviewers: ${people.join(', ')}`,
    ...(isLink(location) ? [`Join: ${location}`] : []),
    ...(i.timeZone !== null && i.timeZone !== zone
      ? [`Their time: ${localText(i.startAt, i.timeZone)}`]
      : []),
    ...(i.notes === null || i.notes.trim() === '' ? [] : [`Notes: ${i.notes}`]),
    'Before you leave, ask about the next steps and when you should follow up (seeds 001, 004).',
    `Brief and plan in Afterview: ${link}`,
  ];
  return {
    id: interviewUid(i.id),
    start: new Date(i.startAt),
    end: plusMs(i.startAt, i.durationMin * MINUTE),
    stamp: new Date(i.updatedAt),
    sequence: sequenceOf(i.updatedAt),
    lastModified: new Date(i.updatedAt),
    summary,
    description: printable(lines.join('\n'), { lines: true }),
    location: location === '' ? null : location,
    url: link,
    transparency: ICalEventTransparency.OPAQUE,
    status: ICalEventStatus.CONFIRMED,
    alarms: [
      { type: ICalAlarmType.display, trigger: DAY / 1000, description: `Tomorrow: ${summary}` },
      { type: ICalAlarmType.display, trigger: 3600, description: `In one hour: ${summary}` },
    ],
  };
}

function emptyCalendar(): ICalCalendar {
  return ical({
    prodId: { company: 'Afterview', product: 'Afterview', language: 'EN' },
    name: 'Afterview',
    description: 'Interviews and the actions that follow them, from Afterview',
    ttl: REFRESH_SECONDS,
  });
}

/**
 * Serialised events by everything they are made from, kept from one build to the next: a feed
 * that calendar apps poll re-serialises only the events that changed (ical-generator costs
 * ~20 µs an event). Entries not used by the latest build are dropped by the next one.
 */
export class EventMemo {
  private previous = new Map<string, string>();
  private current = new Map<string, string>();

  get(key: string): string | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit !== undefined) this.current.set(key, hit);
    return hit;
  }

  set(key: string, text: string): void {
    this.current.set(key, text);
  }

  /** Ends a build: what it used is kept for the next one, the rest is forgotten. */
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/** The whole calendar as iCalendar text (CRLF line ends, folded at 75 octets, UTF-8). */
export function buildCalendar(input: CalendarInput, memo?: EventMemo): string {
  const { actions, interviews } = calendarItems(input);
  const cal = emptyCalendar();
  // The envelope alone, then each event serialised and folded on its own: the library's
  // whole-calendar toString folds character by character (seconds for 10,000 events).
  const envelope = cal.toString();
  const end = envelope.lastIndexOf('END:VCALENDAR');
  const parts: string[] = [envelope.slice(0, end)];
  const serialise = (key: string, event: () => ICalEventData): void => {
    let text = memo?.get(key);
    if (text === undefined) {
      text = foldLines(cal.createEvent(event()).toString());
      memo?.set(key, text);
    }
    parts.push(text);
  };
  const { appUrl, zone } = input;
  for (const i of interviews) {
    serialise(JSON.stringify(['i', appUrl, zone, i]), () => interviewEvent(i, appUrl, zone));
  }
  for (const a of actions) {
    const key = [a.key, a.title, a.due, a.why, a.applicationId, a.company, a.role, a.updatedAt];
    serialise(JSON.stringify(['a', appUrl, ...key]), () => actionEvent(a, appUrl));
  }
  memo?.sweep();
  parts.push('END:VCALENDAR\r\n');
  return parts.join('');
}
