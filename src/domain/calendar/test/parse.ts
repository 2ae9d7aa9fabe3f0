import ICAL from 'ical.js';

/** A VEVENT as a calendar client reads it: ical.js (Thunderbird's parser) on our output. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string | null;
  transp: string | null;
  start: Date;
  end: Date;
  /** DTSTART written in UTC (`…Z`), so no VTIMEZONE is needed. */
  startUtc: boolean;
  stamp: Date;
  sequence: number;
  alarms: { action: string; trigger: string; seconds: number; description: string }[];
}

export interface ParsedCalendar {
  props: Record<string, string>;
  events: ParsedEvent[];
  timezones: number;
}

const text = (c: ICAL.Component, name: string): string | null => {
  const v = c.getFirstPropertyValue(name);
  return v === null ? null : String(v);
};

const time = (c: ICAL.Component, name: string): ICAL.Time => {
  const v = c.getFirstPropertyValue(name);
  if (!(v instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  return v;
};

export function parseCalendar(ics: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  if (root.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${root.name}`);
  const props: Record<string, string> = {};
  for (const p of root.getAllProperties()) props[p.name] = String(p.getFirstValue());
  const events = root.getAllSubcomponents('vevent').map((v): ParsedEvent => {
    const start = time(v, 'dtstart');
    return {
      uid: text(v, 'uid') ?? '',
      summary: text(v, 'summary') ?? '',
      description: text(v, 'description') ?? '',
      location: text(v, 'location'),
      url: text(v, 'url'),
      status: text(v, 'status'),
      transp: text(v, 'transp'),
      start: start.toJSDate(),
      end: time(v, 'dtend').toJSDate(),
      startUtc: start.zone === ICAL.Timezone.utcTimezone,
      stamp: time(v, 'dtstamp').toJSDate(),
      sequence: Number(text(v, 'sequence')),
      alarms: v.getAllSubcomponents('valarm').map((a) => {
        const trigger = a.getFirstPropertyValue('trigger');
        if (!(trigger instanceof ICAL.Duration)) throw new Error('TRIGGER is not a duration');
        return {
          action: text(a, 'action') ?? '',
          trigger: trigger.toString(),
          seconds: trigger.toSeconds(),
          description: text(a, 'description') ?? '',
        };
      }),
    };
  });
  return { props, events, timezones: root.getAllSubcomponents('vtimezone').length };
}
