import { csvRows } from '../../adapters/csv-rows.js';
import { invalidInput, notFound } from '../../domain/errors.js';
import { pointsFromRows } from '../../domain/offers/import.js';
import { type DataPoint } from '../../domain/offers/pay.js';
import { researchKey, type SalaryResearch } from '../../domain/offers/types.js';
import type { Settings } from '../../domain/settings.js';
import type { Application, Instant } from '../../domain/types.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan } from '../interviews/planning.js';
import { parseInput, type Loose } from '../offers/input.js';
import { loadSettings } from '../settings/settings.js';
import {
  salaryImportInput,
  salaryPointInput,
  salaryTargetInput,
  type SalaryImportInput,
  type SalaryPointInput,
  type SalaryTargetInput,
} from './schema.js';
import { salaryView, type SalaryView } from './view.js';

export interface SalaryChange extends SalaryView {
  /** The `salary_research` actions this research completed. */
  completed: number[];
}

/** The research an application uses, created (its own, or shared by role and location) if none. */
async function researchFor(
  tx: Store,
  app: Application,
  shared: boolean,
  now: Instant,
): Promise<SalaryResearch> {
  const found = await tx.salary.forApplication(app);
  if (found !== undefined) return found;
  const id = await tx.salary.insert(
    { applicationId: shared ? null : app.id, role: app.role, location: app.location },
    now,
  );
  const r = await tx.salary.get(id);
  if (r === undefined) throw notFound('salary research', id);
  return r;
}

/**
 * Research done completes the `salary_research` action of every application it serves (seed
 * 004), then re-plans them so the action is not planned again.
 */
async function completeResearch(
  tx: Store,
  research: SalaryResearch,
  now: Instant,
  settings: Settings,
): Promise<number[]> {
  const served =
    research.applicationId !== null
      ? [research.applicationId]
      : (await tx.applications.list())
          .filter(
            (a) =>
              researchKey(a.role) === researchKey(research.role) &&
              researchKey(a.location) === researchKey(research.location),
          )
          .map((a) => a.id);
  const completed: number[] = [];
  for (const a of await tx.actions.listFor(served)) {
    if (a.kind !== 'salary_research' || a.status !== 'pending') continue;
    await tx.actions.update(a.id, { status: 'done', completedAt: now }, now);
    completed.push(a.id);
  }
  await replan(tx, served, now, settings.policy);
  return completed;
}

async function change(
  ctx: Ctx,
  applicationId: number,
  shared: boolean,
  write: (tx: Store, r: SalaryResearch, now: Instant) => Promise<void>,
): Promise<SalaryChange> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const app = await mustGet(tx, applicationId);
    const research = await researchFor(tx, app, shared, now);
    await write(tx, research, now);
    const updated = (await tx.salary.get(research.id)) ?? research;
    const completed = await completeResearch(tx, updated, now, settings);
    return { ...(await salaryView(tx, app, settings)), completed };
  });
}

const defaultCurrency = (r: SalaryResearch, app: Application): string | null =>
  r.currency ?? r.points[0]?.currency ?? app.salaryCurrency;

/** Adds one data point (source, low, median, high) to the application's research. */
export async function addSalaryPoint(
  ctx: Ctx,
  raw: Loose<SalaryPointInput>,
): Promise<SalaryChange> {
  const p = parseInput(salaryPointInput, raw);
  return change(ctx, p.application_id, p.shared === true, async (tx, r, now) => {
    const app = await mustGet(tx, p.application_id);
    const currency = p.currency ?? defaultCurrency(r, app);
    if (currency === null) {
      throw invalidInput(
        'currency is required for the first data point (e.g. EUR, CAD)',
        'currency',
      );
    }
    const point: DataPoint = {
      source: p.source ?? null,
      low: p.low,
      median: p.median,
      high: p.high,
      currency,
      period: p.period ?? 'yearly',
      observedOn: p.date ?? null,
    };
    await tx.salary.addPoints(r.id, [point], now);
  });
}

/** Imports data points from CSV; any bad line refuses the whole file, naming the line. */
export async function importSalary(ctx: Ctx, raw: Loose<SalaryImportInput>): Promise<SalaryChange> {
  const p = parseInput(salaryImportInput, raw);
  let rows: string[][];
  try {
    rows = csvRows(p.csv);
  } catch (e) {
    throw invalidInput(
      `file is not valid CSV: ${e instanceof Error ? e.message : String(e)}`,
      'file',
    );
  }
  return change(ctx, p.application_id, p.shared === true, async (tx, r, now) => {
    const app = await mustGet(tx, p.application_id);
    const { points, problems } = pointsFromRows(rows, {
      currency: defaultCurrency(r, app),
      period: 'yearly',
    });
    const first = problems[0];
    if (first !== undefined) {
      const more = problems.length > 1 ? ` (and ${String(problems.length - 1)} more)` : '';
      throw invalidInput(`file line ${String(first.line)}: ${first.message}${more}`, 'file');
    }
    await tx.salary.addPoints(r.id, points, now);
  });
}

/** Sets the target and the walk-away point, with a note on why (seed 004). */
export async function setSalaryTarget(
  ctx: Ctx,
  raw: Loose<SalaryTargetInput>,
): Promise<SalaryChange> {
  const p = parseInput(salaryTargetInput, raw);
  return change(ctx, p.application_id, false, async (tx, r, now) => {
    const app = await mustGet(tx, p.application_id);
    const currency = p.currency ?? defaultCurrency(r, app);
    if (currency === null) throw invalidInput('currency is required (e.g. EUR, CAD)', 'currency');
    await tx.salary.update(
      r.id,
      { target: p.target, walkAway: p.walk_away, currency, note: p.note ?? null },
      now,
    );
  });
}

/** The research an application uses, summarised; null research when there is none yet. */
export async function getSalary(ctx: Ctx, applicationId: number): Promise<SalaryView> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const app = await mustGet(ctx.store, applicationId);
  return salaryView(ctx.store, app, settings);
}
