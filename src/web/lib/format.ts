/**
 * Display helpers. Instants arrive with the user's offset (`2026-03-09T10:00:00-04:00`): the wall
 * clock in them is already the user's zone, so we show those digits as they are instead of
 * converting to whatever zone this browser happens to be in.
 */
import type { ActionKind } from '../../domain/types.js';
import type { Status } from '../../domain/status.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME_RE = /T(\d{2}):(\d{2})/;

/** `2026-03-09` → `Mon 9 Mar 2026` (the year only when it is not `thisYear`). */
export function formatDate(iso: string | null, thisYear?: number): string {
  if (iso === null) return '—';
  const m = DATE_RE.exec(iso);
  if (m === null) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] ?? '';
  const year = thisYear === y ? '' : ` ${String(y)}`;
  return `${weekday} ${String(d)} ${MONTHS[mo - 1] ?? ''}${year}`;
}

/** `2026-03-09T10:00:00-04:00` → `Mon 9 Mar, 10:00` in the user's own zone. */
export function formatWhen(iso: string | null, thisYear?: number): string {
  if (iso === null) return '—';
  const t = TIME_RE.exec(iso);
  const date = formatDate(iso, thisYear);
  return t === null ? date : `${date}, ${t[1] ?? ''}:${t[2] ?? ''}`;
}

export const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);

export const STATUS_LABEL: Record<Status, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  declined: 'Declined',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

export const ACTION_LABEL: Record<ActionKind, string> = {
  debrief: 'Debrief',
  thank_you: 'Thank-you',
  follow_up: 'Follow-up',
  send_documents: 'Documents',
  network: 'Network',
  salary_research: 'Salary research',
  skill_gap: 'Skill gap',
  prep_next_round: 'Prepare',
  continue_search: 'Keep searching',
  feedback_request: 'Feedback',
  keep_warm: 'Keep warm',
  suggest_ghosted: 'Ghosted?',
  offer_evaluate: 'Offer',
  offer_negotiate: 'Negotiate',
  offer_decide: 'Decide',
  offer_accept: 'Accept',
  offer_decline: 'Decline',
  withdraw: 'Withdraw',
  custom: 'To do',
};

/** `thank_you` → `thank you`, for kinds the UI has no label of its own for. */
export const humanize = (s: string): string => s.replace(/[_.]/g, ' ');

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${String(n)} ${n === 1 ? one : many}`;

/** The first letter in capitals, for a phrase that starts a sentence. */
export const capitalize = (s: string): string =>
  s === '' ? s : `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
