import { invalidInput } from '../../domain/errors.js';
import {
  criterionLabel,
  formatThreshold,
  type Requirement,
} from '../../domain/offers/requirements.js';
import {
  addRequirement,
  editRequirement,
  listRequirements,
  removeRequirement,
} from '../../services/offers/musts.js';
import { presentRequirement } from '../../services/offers/present.js';
import type { Invocation, Output, Values } from '../spec.js';
import { asFlags, idOf, num, text } from './edge.js';

export const requirementLine = (r: Requirement): string =>
  `#${String(r.id)}  ${r.importance === 'must' ? 'MUST' : 'nice'}  ${criterionLabel(r.criterion)}${
    r.threshold === null
      ? ''
      : ` ${formatThreshold(r.threshold)}${r.currency === null ? '' : ` ${r.currency}`}`
  }  (weight ${String(r.weight)})`;

function importance(values: Values, required: boolean): 'must' | 'nice' | undefined {
  if (values.must === true && values.nice === true)
    throw invalidInput('--must and --nice: give one', 'must');
  if (values.must === true) return 'must';
  if (values.nice === true) return 'nice';
  if (required) throw invalidInput('--must or --nice is required', 'must');
  return undefined;
}

export async function list({ ctx }: Invocation): Promise<Output> {
  const rs = await listRequirements(ctx);
  return {
    text:
      rs.length === 0
        ? 'Your must-have list is empty. Write it before any offer: afterview musts add --criterion base_salary --must --threshold 90000 --currency CAD'
        : rs.map(requirementLine).join('\n'),
    json: rs.map(presentRequirement),
  };
}

export async function add({ ctx, values }: Invocation): Promise<Output> {
  const imp = importance(values, true);
  const r = await asFlags(() =>
    addRequirement(ctx, {
      criterion: text(values.criterion),
      importance: imp,
      weight: num(values.weight),
      threshold: text(values.threshold),
      currency: text(values.currency),
    }),
  );
  return { text: `Added ${requirementLine(r)}`, json: presentRequirement(r) };
}

export async function edit({ ctx, values, positionals }: Invocation): Promise<Output> {
  const r = await asFlags(() =>
    editRequirement(ctx, {
      id: idOf(positionals[0]),
      criterion: text(values.criterion),
      importance: importance(values, false),
      weight: num(values.weight),
      threshold: text(values.threshold),
      currency: text(values.currency),
    }),
  );
  return { text: `Changed ${requirementLine(r)}`, json: presentRequirement(r) };
}

export async function remove({ ctx, positionals }: Invocation): Promise<Output> {
  const id = idOf(positionals[0]);
  if (typeof id !== 'number') throw invalidInput(`ID must be a must-have id, got "${id}"`, 'id');
  const r = await asFlags(() => removeRequirement(ctx, id));
  return { text: `Removed ${requirementLine(r)}`, json: presentRequirement(r) };
}
