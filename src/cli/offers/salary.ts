import { readFileSync } from 'node:fs';
import { invalidInput } from '../../domain/errors.js';
import { money } from '../../domain/offers/currency.js';
import { presentSalary } from '../../services/offers/present.js';
import { mustGet } from '../../services/applications/applications.js';
import {
  addSalaryPoint,
  getSalary,
  importSalary,
  setSalaryTarget,
  type SalaryChange,
} from '../../services/salary/salary.js';
import { percentileFor, type SalaryView } from '../../services/salary/view.js';
import { loadSettings } from '../../services/settings/settings.js';
import type { Invocation, Output } from '../spec.js';
import { asFlags, idOf, num, text } from './edge.js';

const pct = (p: number | null): string =>
  p === null ? 'no rate to compare' : `${String(p)}th percentile`;

/** The research as lines: data points, the yearly range, and where the numbers that matter fall. */
export function salaryText(v: SalaryView): string {
  const r = v.research;
  const app = `#${String(v.application.id)} ${v.application.role} at ${v.application.company}`;
  if (r === null)
    return `No salary research for ${app} yet. Add a data point: afterview salary add ${String(v.application.id)} --low N --median N --high N --currency C`;
  const lines = [
    `Salary research for ${app}${v.shared ? ` (shared: ${r.role}${r.location === null ? '' : `, ${r.location}`})` : ''}`,
    ...r.points.map(
      (p) =>
        `  #${String(p.id)}  ${p.source ?? 'no source'}: ${money(p.low, p.currency)} / ${money(p.median, p.currency)} / ${money(p.high, p.currency)} ${p.period}${p.observedOn === null ? '' : ` (${p.observedOn})`}`,
    ),
  ];
  const s = v.summary;
  if (s !== null) {
    lines.push(
      `  yearly: low ${money(s.low, s.currency)}, median ${money(s.median, s.currency)}, high ${money(s.high, s.currency)}`,
    );
    const place = (label: string, p: typeof s.target) => {
      if (p !== null)
        lines.push(`  ${label}: ${money(p.amount, p.currency)}, ${pct(p.percentile)}`);
    };
    place('target', s.target);
    place('walk-away', s.walkAway);
    place('advertised from', s.advertisedMin);
    place('advertised to', s.advertisedMax);
    place('offer base', s.offerBase);
    for (const n of s.notes) lines.push(`  note: ${n}`);
  }
  if (r.target === null)
    lines.push(
      `  next: afterview salary target ${String(v.application.id)} --target N --walk-away N --note "why"`,
    );
  else if (r.note !== null) lines.push(`  why: ${r.note}`);
  return lines.join('\n');
}

const changed = (c: SalaryChange, zone: string, what: string): Output => ({
  text: () =>
    `${what}\n${salaryText(c)}${c.completed.length > 0 ? `\nDone: salary research action ${c.completed.map((id) => `#${String(id)}`).join(', ')}` : ''}`,
  json: { ...presentSalary(c, zone), completed_actions: c.completed },
});

export async function add({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const c = await asFlags(() =>
    addSalaryPoint(ctx, {
      application_id: idOf(positionals[0]),
      low: num(values.low),
      median: num(values.median),
      high: num(values.high),
      currency: text(values.currency),
      period: text(values.period),
      source: text(values.source),
      date: text(values.date),
      shared: values.shared === true,
    }),
  );
  return changed(c, zone, 'Added a data point.');
}

export async function importCsv({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const file = positionals[1] ?? '';
  let csv: string;
  try {
    csv = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw invalidInput(`FILE ${file}: cannot read it`, 'file');
  }
  const c = await asFlags(() =>
    importSalary(ctx, {
      application_id: idOf(positionals[0]),
      csv,
      shared: values.shared === true,
    }),
  );
  return changed(c, zone, `Imported ${file}.`);
}

export async function target({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const c = await asFlags(() =>
    setSalaryTarget(ctx, {
      application_id: idOf(positionals[0]),
      target: num(values.target),
      walk_away: num(values['walk-away']),
      currency: text(values.currency),
      note: text(values.note),
    }),
  );
  return changed(c, zone, 'Target and walk-away point set.');
}

export async function list({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const appId = idOf(positionals[0]);
  if (typeof appId !== 'number')
    throw invalidInput(`APP must be an application id, got "${appId}"`, 'application_id');
  const v = await getSalary(ctx, appId);
  const of = num(values.of);
  let place: { percentile: number; yearlyIn: number; currency: string } | null = null;
  if (of !== undefined) {
    if (typeof of !== 'number' || of < 0)
      throw invalidInput('--of must be a non-negative number', 'of');
    const settings = await loadSettings(ctx.store, ctx.systemZone);
    const app = await mustGet(ctx.store, appId);
    place = await asFlags(
      () =>
        percentileFor(ctx.store, app, settings, of, text(values.currency)?.toUpperCase() ?? null),
      { data_points: 'APP' },
    );
  }
  return {
    text: () =>
      `${salaryText(v)}${place === null ? '' : `\n  ${money(Number(of), place.currency)} a year is at the ${String(place.percentile)}th percentile`}`,
    json: {
      ...presentSalary(v, zone),
      ...(place === null ? {} : { of: { amount: of, ...place } }),
    },
  };
}
