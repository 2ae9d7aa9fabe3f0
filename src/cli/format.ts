import { MESSAGE_KIND_OF_ACTION } from '../domain/compose/kinds.js';
import { formatInstant } from '../domain/time.js';
import type { ActionView } from '../services/actions/actions.js';
import type { Values } from './spec.js';

/** Text output helpers: short, scannable lines; every id printed so commands can chain. */

export const str = (v: Values[string]): string | undefined =>
  typeof v === 'string' ? v : undefined;
export const strs = (v: Values[string]): string[] | undefined => (Array.isArray(v) ? v : undefined);

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Tue 2026-03-10 10:00` in the user's zone. */
export function when(instant: string, zone: string): string {
  const iso = formatInstant(instant, zone);
  // The weekday of the local date itself: one Date per line instead of an Intl formatter.
  const weekday = WEEKDAYS[new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday} ${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

export function actionLine(a: ActionView, zone: string, now?: string): string {
  const late = now !== undefined && a.status === 'pending' && a.due < now ? ' (overdue)' : '';
  const where =
    a.company === null ? '' : `  [${a.company}${a.role === null ? '' : ` · ${a.role}`}]`;
  const state =
    a.status === 'pending' ? '' : ` {${a.status}${a.reason === null ? '' : `: ${a.reason}`}}`;
  const next = a.status === 'pending' ? nextStep(a) : null;
  return `#${a.id}  ${when(a.due, zone)}${late}  ${a.title}${where}${state}\n      why: ${a.why}${next === null ? '' : `\n      next: ${next}`}`;
}

/** The command that carries a pending action out, so `today` reads as a to-do list that acts. */
function nextStep(a: ActionView): string | null {
  if (a.kind === 'debrief' && a.interviewId !== null) return `afterview debrief ${a.interviewId}`;
  if (a.kind === 'prep_next_round' && a.interviewId !== null)
    return `afterview brief ${a.interviewId}`;
  return MESSAGE_KIND_OF_ACTION[a.kind] === undefined ? null : `afterview draft ${a.id}`;
}

export function actionList(
  actions: ActionView[],
  zone: string,
  now: string,
  empty: string,
): string {
  if (actions.length === 0) return empty;
  return actions.map((a) => actionLine(a, zone, now)).join('\n');
}
