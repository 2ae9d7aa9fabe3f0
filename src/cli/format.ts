import { formatInstant } from '../domain/time.js';
import type { ActionView } from '../services/actions.js';
import type { Values } from './spec.js';

/** Text output helpers: short, scannable lines; every id printed so commands can chain. */

export const str = (v: Values[string]): string | undefined =>
  typeof v === 'string' ? v : undefined;
export const strs = (v: Values[string]): string[] | undefined => (Array.isArray(v) ? v : undefined);

/** `Tue 2026-03-10 10:00` in the user's zone. */
export function when(instant: string, zone: string): string {
  const iso = formatInstant(instant, zone);
  const d = new Date(instant);
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone }).format(d);
  return `${weekday} ${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

export function actionLine(a: ActionView, zone: string, now?: string): string {
  const late = now !== undefined && a.status === 'pending' && a.due < now ? ' (overdue)' : '';
  const where =
    a.company === null ? '' : `  [${a.company}${a.role === null ? '' : ` · ${a.role}`}]`;
  const state =
    a.status === 'pending' ? '' : ` {${a.status}${a.reason === null ? '' : `: ${a.reason}`}}`;
  return `#${a.id}  ${when(a.due, zone)}${late}  ${a.title}${where}${state}\n      why: ${a.why}`;
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
