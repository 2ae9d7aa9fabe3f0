import { invalidInput, notFound } from '../../domain/errors.js';
import {
  formatThreshold,
  isMoneyCriterion,
  parseCriterion,
  parseThreshold,
  type Requirement,
} from '../../domain/offers/requirements.js';
import type { NewRequirement } from '../../store/repos/offers.js';
import type { Ctx } from '../context.js';
import { parseInput, type Loose } from './input.js';
import {
  requirementEditInput,
  requirementInput,
  type RequirementEditInput,
  type RequirementInput,
} from './schema.js';

/**
 * The must-have list (seed 000): best written before any offer, editable any time. A threshold
 * must fit its criterion (an amount for salaries, a date for the start date, none for free-form
 * criteria); a money threshold needs its currency.
 */
function checked(r: {
  criterion: string;
  importance: 'must' | 'nice';
  weight: number | undefined;
  threshold: string | undefined | null;
  currency: string | undefined | null;
}): NewRequirement {
  const criterion = parseCriterion(r.criterion);
  const threshold =
    r.threshold === undefined || r.threshold === null || r.threshold === ''
      ? null
      : formatThreshold(parseThreshold(criterion, r.threshold));
  const money = isMoneyCriterion(criterion);
  if (!money && r.currency != null) {
    throw invalidInput(
      `currency is only for base_salary and total_comp, not ${criterion}`,
      'currency',
    );
  }
  if (money && threshold !== null && r.currency == null) {
    throw invalidInput(`currency is required with a ${criterion} threshold (e.g. CAD)`, 'currency');
  }
  return {
    criterion,
    importance: r.importance,
    weight: r.weight ?? (r.importance === 'must' ? 3 : 1),
    threshold,
    currency: money ? (r.currency ?? null) : null,
  };
}

export const listRequirements = (ctx: Ctx): Promise<Requirement[]> =>
  ctx.store.offers.requirements();

export async function addRequirement(ctx: Ctx, raw: Loose<RequirementInput>): Promise<Requirement> {
  const p = parseInput(requirementInput, raw);
  const row = checked(p);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const id = await tx.offers.insertRequirement(row, now);
    return mustGetRequirement(tx.offers, id);
  });
}

export async function editRequirement(
  ctx: Ctx,
  raw: Loose<RequirementEditInput>,
): Promise<Requirement> {
  const p = parseInput(requirementEditInput, raw);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const old = await mustGetRequirement(tx.offers, p.id);
    const criterion = p.criterion ?? old.criterion;
    const row = checked({
      criterion,
      importance: p.importance ?? old.importance,
      weight: p.weight ?? old.weight,
      // A new criterion of another kind drops the old threshold unless a new one is given.
      threshold:
        p.threshold ??
        (criterion === old.criterion && old.threshold !== null
          ? formatThreshold(old.threshold)
          : null),
      currency: p.currency ?? (criterion === old.criterion ? old.currency : null),
    });
    await tx.offers.updateRequirement(p.id, row, now);
    return mustGetRequirement(tx.offers, p.id);
  });
}

export async function removeRequirement(ctx: Ctx, id: number): Promise<Requirement> {
  return ctx.store.transaction(async (tx) => {
    const r = await mustGetRequirement(tx.offers, id);
    await tx.offers.removeRequirement(id);
    return r;
  });
}

async function mustGetRequirement(repo: Ctx['store']['offers'], id: number): Promise<Requirement> {
  const r = await repo.requirement(id);
  if (r === undefined) throw notFound('must-have', id, 'id');
  return r;
}
