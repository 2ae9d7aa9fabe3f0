import { z } from 'zod';
import type { ActionView } from '../../store/repos/actions.js';
import { actionJson, presentAction } from './present.js';

export const planJson = z.object({ created: z.array(actionJson), changed: z.array(actionJson) });

/** "The plan" a change made: the actions it created and the ones it moved or cancelled. */
export const presentPlan = (
  p: { created: ActionView[]; changed: ActionView[] },
  zone: string,
): z.output<typeof planJson> => ({
  created: p.created.map((a) => presentAction(a, zone)),
  changed: p.changed.map((a) => presentAction(a, zone)),
});
