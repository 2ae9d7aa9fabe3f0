import type { ActionView } from '../../store/repos/actions.js';
import { presentAction } from './present.js';

/** "The plan" a change made: the actions it created and the ones it moved or cancelled. */
export const presentPlan = (p: { created: ActionView[]; changed: ActionView[] }, zone: string) => ({
  created: p.created.map((a) => presentAction(a, zone)),
  changed: p.changed.map((a) => presentAction(a, zone)),
});
