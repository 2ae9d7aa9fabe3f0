import type { Interview } from '../../domain/types.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { Ctx } from '../context.js';
import { recordInterview, type InterviewMode } from './interviews.js';
import type { RecordInterviewInput } from './schema.js';
import { planChanges } from '../applications/overview.js';

export type { InterviewMode };

export interface InterviewPreview {
  interview: Interview;
  plan: { created: ActionView[]; changed: ActionView[] };
}

/** Carries the preview out of the transaction it must not commit. */
class Rollback extends Error {
  constructor(readonly preview: InterviewPreview & { mode: InterviewMode }) {
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
  input: RecordInterviewInput,
): Promise<InterviewPreview & { mode: InterviewMode }> {
  try {
    await ctx.store.transaction(async (tx) => {
      const inTx: Ctx = { ...ctx, store: tx };
      const r = await recordInterview(inTx, input);
      const plan = await planChanges(inTx, r.plan);
      throw new Rollback({ interview: r.interview, plan, mode: r.mode });
    });
  } catch (e) {
    if (e instanceof Rollback) return e.preview;
    throw e;
  }
  throw new Error('previewInterview: the transaction did not roll back');
}
