/**
 * Today's dashboard arithmetic on the server's clock (an ISO instant with the user's offset, so
 * its date part is the user's local date).
 */

const pad = (n: number): string => String(n).padStart(2, '0');

const ymd = (t: number): string => {
  const d = new Date(t);
  return `${String(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Monday and Sunday (local dates) of the week that `now` falls in. */
export function weekOf(now: string): { from: string; to: string } {
  const [y, m, d] = now.slice(0, 10).split('-').map(Number);
  const day = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * 86_400_000;
  return { from: ymd(monday), to: ymd(monday + 6 * 86_400_000) };
}

/** Splits what is due by the end of today into overdue (before now) and due later today. */
export function splitDue<T extends { due: string | null }>(
  actions: readonly T[],
  now: string | undefined,
): { overdue: T[]; today: T[] } {
  const t = now === undefined ? Number.NaN : Date.parse(now);
  const overdue: T[] = [];
  const today: T[] = [];
  for (const a of actions) {
    if (a.due !== null && Date.parse(a.due) < t) overdue.push(a);
    else today.push(a);
  }
  return { overdue, today };
}
