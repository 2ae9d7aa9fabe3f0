import { invalidInput, notFound } from '../../domain/errors.js';
import { checkTransition, isStatus, STATUSES, type Status } from '../../domain/status.js';
import { localDateOf, parseLocalDate } from '../../domain/time.js';
import type { Application } from '../../domain/types.js';
import { optionalText, optionalUrl, positiveId, requiredText } from '../../domain/validate.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { replan, type ReplanResult } from '../interviews/planning.js';
import { loadPolicy } from '../settings/settings.js';

export interface AddApplicationInput {
  company?: string;
  role?: string;
  url?: string;
  source?: string;
  location?: string;
  applied?: string;
  status?: string;
  notes?: string;
}

const INITIAL: readonly Status[] = ['saved', 'applied', 'interviewing'];

export async function addApplication(ctx: Ctx, input: AddApplicationInput): Promise<Application> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const company = requiredText(input.company, 'company');
  const role = requiredText(input.role, 'role');
  const url = optionalUrl(input.url, 'url');
  const source = optionalText(input.source, 'source', 200);
  const location = optionalText(input.location, 'location', 200);
  const notes = optionalText(input.notes, 'notes', 10_000);
  const status = input.status === undefined ? 'applied' : input.status;
  if (!isStatus(status) || !INITIAL.includes(status)) {
    throw invalidInput(
      `a new application starts as ${INITIAL.join(', ')}; got "${status}"`,
      'status',
    );
  }
  const now = ctx.now();
  const appliedOn =
    input.applied !== undefined
      ? parseLocalDate(input.applied, 'applied')
      : status === 'saved'
        ? null
        : localDateOf(now, policy.timezone);
  return ctx.store.transaction(async (tx) => {
    const c = await tx.companies.findOrCreate(company, now);
    const id = await tx.applications.insert(
      {
        companyId: c.id,
        role,
        url,
        source,
        location,
        salaryMin: null,
        salaryMax: null,
        salaryCurrency: null,
        status,
        appliedOn,
        notes,
      },
      now,
    );
    await tx.events.insert({
      applicationId: id,
      kind: 'created',
      fromStatus: null,
      toStatus: status,
      note: null,
      at: now,
    });
    return mustGet(tx, id);
  });
}

export async function getApplication(ctx: Ctx, idInput: string | number): Promise<Application> {
  return mustGet(ctx.store, positiveId(idInput, 'application', 'application_id'));
}

export async function mustGet(store: Store, id: number): Promise<Application> {
  const app = await store.applications.get(id);
  if (app === undefined) throw notFound('application', id, 'application_id');
  return app;
}

export async function listApplications(
  ctx: Ctx,
  filter: { status?: string; q?: string; limit?: number; offset?: number } = {},
): Promise<Application[]> {
  let status: Status | undefined;
  if (filter.status !== undefined) {
    if (!isStatus(filter.status)) {
      throw invalidInput(
        `unknown status "${filter.status}" (one of: ${STATUSES.join(', ')})`,
        'status',
      );
    }
    status = filter.status;
  }
  const q = optionalText(filter.q, 'q', 200) ?? undefined;
  return ctx.store.applications.list({ status, q, limit: filter.limit, offset: filter.offset });
}

export interface StatusChange {
  application: Application;
  plan: ReplanResult;
}

/** Moves an application along its state machine, records the event and re-plans. */
export async function changeStatus(
  ctx: Ctx,
  idInput: string | number,
  statusInput: string,
  noteInput?: string,
): Promise<StatusChange> {
  const id = positiveId(idInput, 'application', 'application_id');
  const note = optionalText(noteInput, 'note', 2000);
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const app = await mustGet(tx, id);
    const to = checkTransition(app.status, statusInput);
    const appliedOn = app.appliedOn ?? (to === 'saved' ? null : localDateOf(now, policy.timezone));
    await tx.applications.setStatus(id, to, appliedOn, now);
    await tx.events.insert({
      applicationId: id,
      kind: 'status',
      fromStatus: app.status,
      toStatus: to,
      note,
      at: now,
    });
    const plan = await replan(tx, [id], now, policy);
    return { application: await mustGet(tx, id), plan };
  });
}

/** The employer answered: pending follow-ups stop (PRODUCT.md §5 "cancel"). */
export async function logReply(
  ctx: Ctx,
  idInput: string | number,
  noteInput?: string,
): Promise<StatusChange> {
  const id = positiveId(idInput, 'application', 'application_id');
  const note = optionalText(noteInput, 'note', 2000);
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    await mustGet(tx, id);
    await tx.events.insert({
      applicationId: id,
      kind: 'reply',
      fromStatus: null,
      toStatus: null,
      note,
      at: now,
    });
    await tx.applications.touch(id, now);
    const plan = await replan(tx, [id], now, policy);
    return { application: await mustGet(tx, id), plan };
  });
}
