import { today as dueToday } from '../../services/actions/actions.js';
import { presentAction } from '../../services/present/action.js';
import { actionList } from '../format.js';
import type { Invocation, Output } from '../spec.js';

/**
 * `afterview today`: due and overdue actions. A module of its own, importing no input schema
 * and no zod-typed presenter, because it is the command people and scripts run most often and
 * its start-up is most of its cost.
 */
export async function today(inv: Invocation): Promise<Output> {
  const actions = await dueToday(inv.ctx);
  return {
    text: () => actionList(actions, inv.zone, inv.ctx.now(), 'Nothing due today.'),
    json: actions.map((a) => presentAction(a, inv.zone)),
  };
}
