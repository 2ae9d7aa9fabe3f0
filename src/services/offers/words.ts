import { DateTime } from 'luxon';
import type { OfferWords } from '../../domain/compose/types.js';
import { joinWords } from '../../domain/compose/vars.js';
import { totalComp } from '../../domain/offers/compensation.js';
import { convert, money } from '../../domain/offers/currency.js';
import type { Settings } from '../../domain/settings.js';
import type { Application } from '../../domain/types.js';
import type { Store } from '../../store/store.js';
import { salaryView, workYearOf } from '../salary/view.js';

const day = (d: string | null): string =>
  d === null ? '' : DateTime.fromISO(d).setLocale('en-US').toFormat('MMMM d');

/**
 * The figures an offer note cites, worded: the offer's terms, the research's typical pay and
 * range, your target, and what your must-have list asks for. Amounts are shown in the offer's
 * currency when a typed rate allows, else in their own; never converted by guess.
 */
export async function offerWordsFor(
  store: Store,
  app: Application,
  settings: Settings,
): Promise<OfferWords | null> {
  const offer = await store.offers.forApplication(app.id);
  const salary = await salaryView(store, app, settings);
  if (offer === undefined && salary.research === null) return null;
  const rates = await store.offers.rates();
  const t = offer?.terms;
  const cur = t?.currency ?? salary.summary?.currency ?? salary.research?.currency ?? null;
  const shown = (amount: number | null, from: string | null): string => {
    if (amount === null || from === null) return '';
    if (cur === null || from === cur) return money(amount, from);
    const c = convert(amount, from, cur, rates);
    return c.ok ? money(c.amount, cur) : money(amount, from);
  };
  const s = salary.summary;
  const sources = [
    ...new Set(
      (salary.research?.points ?? []).flatMap((p) => (p.source === null ? [] : [p.source])),
    ),
  ];
  const requirements = await store.offers.requirements();
  const ask = (criterion: string): string => {
    const r = requirements.find((x) => x.criterion === criterion && x.threshold !== null);
    return r?.threshold === null || r?.threshold === undefined ? '' : String(r.threshold.value);
  };
  const total = t === undefined ? null : totalComp(t, workYearOf(settings));
  const vacationAsk = ask('vacation_days');
  const remoteAsk = ask('remote_days');
  return {
    base: total === null || t === undefined ? '' : money(total.base, t.currency),
    total: total === null || t === undefined ? '' : money(total.yearly, t.currency),
    vacation: t?.vacationDays == null ? '' : `${String(t.vacationDays)} days`,
    start: day(t?.startOn ?? null),
    remote: t?.remoteDays == null ? '' : `${String(t.remoteDays)} days a week`,
    target: shown(salary.research?.target ?? null, salary.research?.currency ?? null),
    marketMedian: s === null ? '' : shown(s.median, s.currency),
    marketRange: s === null ? '' : `${shown(s.low, s.currency)} to ${shown(s.high, s.currency)}`,
    marketSources: joinWords(sources.slice(0, 3)),
    vacationAsk: vacationAsk === '' ? '' : `${vacationAsk} days`,
    startAsk: day(ask('start_date') || null),
    remoteAsk: remoteAsk === '' ? '' : `${remoteAsk} days a week`,
  };
}
