import { money } from '../../domain/offers/currency.js';
import { criterionLabel } from '../../domain/offers/requirements.js';
import { presentComparison } from '../../services/offers/present.js';
import { compare as compareOffers, type CompareView } from '../../services/offers/view.js';
import type { Invocation, Output } from '../spec.js';
import { asFlags, text } from './edge.js';

const MEETS = { yes: 'yes', no: 'NO', unknown: 'needs you' } as const;
const OUTCOME = { pass: 'pass', fail: 'FAIL', judge: '?' } as const;

/** Rows of cells as a padded table; the first column holds the labels. */
function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The offers side by side, then the verdict and every reason, failing musts first. */
export function compareText(c: CompareView): string {
  const byId = new Map(c.views.map((v) => [v.offer.id, v]));
  const cols = c.comparison.offers.flatMap((o) => {
    const v = byId.get(o.offerId);
    return v === undefined ? [] : [{ o, v }];
  });
  if (cols.length === 0)
    return 'No open offers. Record one: afterview offer add APP --base N --currency C';
  const cur = c.comparison.currency;
  const t = (f: (x: (typeof cols)[number]) => string): string[] => cols.map(f);
  const rows: string[][] = [
    ['', ...t(({ v }) => `#${String(v.offer.id)} ${v.application.company}`)],
    ['rank', ...t(({ o }) => String(o.rank))],
    ['meets musts', ...t(({ v }) => MEETS[v.evaluation.meetsMusts])],
    ['score', ...t(({ v }) => `${String(v.evaluation.score)}/100`)],
    ['base', ...t(({ v }) => money(v.total.base, v.total.currency))],
    ['total a year', ...t(({ v }) => money(v.total.yearly, v.total.currency))],
    ...(cur === null
      ? []
      : [
          [
            `total in ${cur}`,
            ...t(({ o }) => (o.yearlyIn === null ? 'no rate' : money(o.yearlyIn, cur))),
          ],
        ]),
    ['first year', ...t(({ v }) => money(v.total.firstYear, v.total.currency))],
    [
      'vacation days',
      ...t(({ v }) =>
        v.offer.terms.vacationDays === null ? '-' : String(v.offer.terms.vacationDays),
      ),
    ],
    ['start', ...t(({ v }) => v.offer.terms.startOn ?? '-')],
    [
      'remote days',
      ...t(({ v }) => (v.offer.terms.remoteDays === null ? '-' : String(v.offer.terms.remoteDays))),
    ],
    ['decide by', ...t(({ v }) => v.offer.deadlineOn ?? '-')],
    ...c.requirements.map((r) => [
      `${r.importance === 'must' ? 'MUST' : 'nice'} ${criterionLabel(r.criterion)}`,
      ...t(
        ({ v }) =>
          OUTCOME[v.evaluation.results.find((x) => x.requirementId === r.id)?.outcome ?? 'judge'],
      ),
    ]),
  ];
  const lines = [table(rows), '', c.comparison.verdict];
  for (const { v } of cols) {
    lines.push('', `#${String(v.offer.id)} ${v.application.company}: ${v.total.formula}`);
    for (const r of v.evaluation.results)
      lines.push(`  ${OUTCOME[r.outcome].padEnd(4)} ${r.importance}  ${r.reason}`);
  }
  for (const n of c.comparison.cannotCompare) lines.push('', `note: ${n}`);
  if (c.requirements.length === 0)
    lines.push(
      '',
      'Your must-have list is empty: afterview musts add --criterion base_salary --must --threshold N --currency C',
    );
  return lines.join('\n');
}

export async function compare({ ctx, values, zone }: Invocation): Promise<Output> {
  const c = await asFlags(() =>
    compareOffers(ctx, { currency: text(values.currency), all: values.all === true }),
  );
  return { text: () => compareText(c), json: presentComparison(c, zone) };
}
