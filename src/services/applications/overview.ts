import type { AppEvent, Application, Interview } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { ActionView } from '../../store/repos/actions.js';
import { mustGet } from './applications.js';
import type { Ctx } from '../context.js';
import type { ReplanResult } from '../interviews/planning.js';

export interface ApplicationOverview {
  application: Application;
  interviews: Interview[];
  actions: ActionView[];
  events: AppEvent[];
}

/** One application with everything that hangs off it (the CLI's `app show`, the web timeline). */
export async function describeApplication(
  ctx: Ctx,
  idInput: string | number,
): Promise<ApplicationOverview> {
  const id = positiveId(idInput, 'application', 'application_id');
  const application = await mustGet(ctx.store, id);
  const [interviews, actions, events] = await Promise.all([
    ctx.store.interviews.listFor([id]),
    ctx.store.actions.list({ applicationId: id, all: true }),
    ctx.store.events.listFor(id),
  ]);
  return { application, interviews, actions, events };
}

/** The actions a re-plan created or changed, for "here is your plan" output. */
export async function planChanges(
  ctx: Ctx,
  r: ReplanResult,
): Promise<{ created: ActionView[]; changed: ActionView[] }> {
  const load = async (ids: number[]) =>
    (await Promise.all(ids.map((id) => ctx.store.actions.get(id)))).filter(
      (a): a is ActionView => a !== undefined,
    );
  const created = await load(r.inserted);
  const changed = await load(r.updated.filter((id) => !r.inserted.includes(id)));
  const byDue = (a: ActionView, b: ActionView) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id;
  return { created: created.sort(byDue), changed: changed.sort(byDue) };
}
