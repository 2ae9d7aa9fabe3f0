import { invalidInput } from '../../domain/errors.js';
import { parseDateTime } from '../../domain/time.js';
import type { Interview } from '../../domain/types.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { Ctx } from '../context.js';
import { recordInterview, type InterviewFields } from './interviews.js';
import { planChanges } from '../applications/overview.js';
import { userZone } from '../settings/settings.js';

export type InterviewMode = 'log' | 'schedule';

export interface InterviewPreview {
  interview: Interview;
  plan: { created: ActionView[]; changed: ActionView[] };
}

/** Carries the preview out of the transaction it must not commit. */
class Rollback extends Error {
  constructor(readonly preview: InterviewPreview) {
    super('preview: rolled back');
  }
}

/**
 * The interview and plan that recording it WOULD produce, saving nothing (the web app shows it
 * before the user saves). It runs the real `recordInterview` inside a transaction and rolls it
 * back, so the preview can never disagree with what saving does.
 */
export async function previewInterview(
  ctx: Ctx,
  appInput: string | number,
  fields: InterviewFields,
  mode: InterviewMode,
): Promise<InterviewPreview> {
  try {
    await ctx.store.transaction(async (tx) => {
      const inTx: Ctx = { ...ctx, store: tx };
      const r = await recordInterview(inTx, appInput, fields, mode);
      throw new Rollback({ interview: r.interview, plan: await planChanges(inTx, r.plan) });
    });
  } catch (e) {
    if (e instanceof Rollback) return e.preview;
    throw e;
  }
  throw new Error('previewInterview: the transaction did not roll back');
}

/** `log` for an interview that has started, `schedule` for one still to come. */
export async function modeForStart(ctx: Ctx, at: string | undefined): Promise<InterviewMode> {
  if (at === undefined) throw invalidInput('at is required (when the interview starts)', 'at');
  const zone = await userZone(ctx);
  return parseDateTime(at, zone, 'at') <= ctx.now() ? 'log' : 'schedule';
}
