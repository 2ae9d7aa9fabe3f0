import { HOUR_MS, isoOf } from '../../clock.js';
import { draft, links, type Draft, type PlanContext } from '../context.js';
import { interviewersOf, type AppFacts, type Timed } from '../facts.js';
import { THANK_YOU, THANK_YOU_LATE } from '../why.js';

type NoteChannel = 'email' | 'letter' | 'drop_off';

interface Timing {
  due: number;
  earliest: number | null;
  latest: number | null;
}

/** When the note is due on its channel (PRODUCT.md §5). */
function timing(channel: NoteChannel, h: Timed, ctx: PlanContext): Timing {
  const s = ctx.policy;
  switch (channel) {
    case 'letter': {
      // "Post it next business day": due when the day starts, in the post by the day's end.
      const day = ctx.nextBusinessDay(h.end);
      return {
        due: ctx.clock.at(day, ctx.dayStartMin),
        earliest: null,
        latest: ctx.clock.at(day, ctx.dayEndMin),
      };
    }
    case 'drop_off': {
      // Dropped off in person during business hours the next business day (seed 004).
      const day = ctx.nextBusinessDay(h.end);
      const open = ctx.clock.at(day, ctx.dayStartMin);
      return { due: open, earliest: open, latest: ctx.clock.at(day, ctx.dayEndMin) };
    }
    case 'email':
      return {
        due: h.end + s.thankYouDelayHours * HOUR_MS,
        earliest: null,
        latest: h.end + s.thankYouWindowHours * HOUR_MS,
      };
  }
}

function title(channel: NoteChannel, to: string, company: string, late: boolean): string {
  const patience = late ? ', and thank them for their patience' : '';
  switch (channel) {
    case 'email':
      return `E-mail a thank-you note to ${to}${patience}`;
    case 'letter':
      return `Post a thank-you letter to ${to}${patience}`;
    case 'drop_off':
      return `Drop off a thank-you note for ${to} at ${company}${patience}`;
  }
}

/**
 * `thank_you`: per held interview, one note per interviewer, or one to the hiring team when no
 * interviewer was named (seeds 001, 002, 003, 004). A late arrival adds thanks for their
 * patience, in the title and the advice (seed 002).
 */
export function thankYou(f: AppFacts, h: Timed, ctx: PlanContext, out: Draft[]): void {
  const setting = ctx.policy.thankYouChannel;
  // Settings only allow email, letter or drop_off; anything else is treated as e-mail.
  const channel: NoteChannel = setting === 'letter' || setting === 'drop_off' ? setting : 'email';
  const t = timing(channel, h, ctx);
  const advice = h.iv.late ? THANK_YOU_LATE[channel] : THANK_YOU[channel];
  const company = f.app.company;
  const id = h.iv.id;
  const earliest = t.earliest === null ? null : isoOf(t.earliest);
  const latest = t.latest === null ? null : isoOf(t.latest);
  const push = (key: string, to: string, contactId: number | null): void => {
    const d = draft(
      'thank_you',
      key,
      title(channel, to, company, h.iv.late),
      t.due,
      advice,
      links(f.app.id, id, contactId, channel),
      h.end,
    );
    d.earliest = earliest;
    d.latest = latest;
    out.push(d);
  };
  const people = interviewersOf(h.iv);
  if (people.length === 0) {
    const team = channel === 'drop_off' ? 'the hiring team' : `the hiring team at ${company}`;
    push(`thank_you:i${id}:team`, team, null);
  }
  for (const p of people) push(`thank_you:i${id}:c${p.contactId}`, p.name, p.contactId);
}
