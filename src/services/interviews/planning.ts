import { withDebriefItems } from '../../domain/debrief/normalize.js';
import { plan } from '../../domain/playbook/plan.js';
import { reconcile } from '../../domain/playbook/reconcile.js';
import { itemActionKeys } from '../../domain/playbook/rules/owed.js';
import type { ApplicationState, PlanState, Reconciliation } from '../../domain/playbook/types.js';
import { KEEPS_SKILLS } from '../../domain/skills.js';
import type { NewSkill } from '../../store/repos/skills.js';
import type { Policy } from '../../domain/settings.js';
import { toInstant, inZone } from '../../domain/time.js';
import type { Action, Instant } from '../../domain/types.js';
import type { Store } from '../../store/store.js';
import { offerPlanFacts } from '../offers/plan-facts.js';

/**
 * The seam between the stored facts and the pure playbook: load what the planner needs for some
 * applications, plan, and reconcile with the stored actions so user decisions survive.
 */

export interface ReplanResult {
  inserted: number[];
  updated: number[];
}

/** The planner's input, and the stored actions it is reconciled with (read once for both). */
async function loadState(
  store: Store,
  applicationIds: readonly number[],
  policy: Policy,
): Promise<{ state: PlanState; stored: Action[] }> {
  const [loaded, actions, activeApplications, lastAppliedOn] = await Promise.all([
    store.interviews.listFor(applicationIds),
    store.actions.listFor(applicationIds),
    store.applications.countActive(),
    store.applications.lastAppliedOn(),
  ]);
  // A debrief's documents owed and skill gaps plan like the ones noted when the interview was logged.
  const debriefItems = await store.debriefs.owedAndGaps(applicationIds);
  const interviews = loaded.map((i) => withDebriefItems(i, debriefItems.get(i.id)));
  const applications: ApplicationState[] = [];
  const contactIds = new Set<number>();
  const apps = (await Promise.all(applicationIds.map((id) => store.applications.get(id)))).filter(
    (a) => a !== undefined,
  );
  const offerFacts = await offerPlanFacts(store, apps, policy);
  for (const application of apps) {
    const id = application.id;
    const own = interviews.filter((i) => i.applicationId === id);
    const interviewers = own.flatMap((i) => i.interviewers.map((p) => p.contactId));
    for (const c of interviewers) contactIds.add(c);
    applications.push({
      application,
      interviews: own,
      events: await store.events.listFor(id),
      actions: actions.filter((a) => a.applicationId === id),
      ...(await networkFacts(store, application.companyId, interviewers)),
      hasSalaryResearch: false,
      offers: [],
      ...offerFacts.get(id),
    });
  }
  const otherFollowUps = await store.actions.followUpsTo([...contactIds], applicationIds);
  return {
    state: { applications, activeApplications, lastAppliedOn, otherFollowUps },
    stored: actions,
  };
}

/**
 * Pending skill-gap actions that an ending (rejection, withdrawal, ghosting) cancels become
 * skills to build, not lost lessons (seeds 000, 004). Once per action, whatever re-plans later.
 */
async function keepSkills(
  store: Store,
  state: PlanState,
  stored: readonly Action[],
  updates: Reconciliation['updates'],
  now: Instant,
): Promise<void> {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const kept: NewSkill[] = [];
  for (const u of updates) {
    const a = byId.get(u.id);
    if (u.patch.status !== 'cancelled' || a?.kind !== 'skill_gap' || a.status !== 'pending')
      continue;
    const app = state.applications.find((s) => s.application.id === a.applicationId);
    if (app === undefined || !KEEPS_SKILLS.has(app.application.status)) continue;
    const iv = app.interviews.find((i) => i.id === a.interviewId);
    const keys = iv === undefined ? [] : itemActionKeys('skill_gap', iv.id, iv.skillGaps);
    const skill = iv?.skillGaps[keys.indexOf(a.key)] ?? a.title.replace(/^[^:]*:\s*/u, '');
    kept.push({
      skill,
      applicationId: a.applicationId,
      interviewId: a.interviewId,
      actionKey: a.key,
    });
  }
  if (kept.length > 0) await store.skills.keep(kept, now);
}

/** The people at the company who could help (not its interviewers), for the network rule. */
async function networkFacts(
  store: Store,
  companyId: number,
  interviewers: readonly number[],
): Promise<Pick<ApplicationState, 'companyContacts' | 'networkPeople'>> {
  const people = await store.contacts.helpersAt(companyId, interviewers);
  return { companyContacts: people.length, networkPeople: people };
}

/** Re-plans the given applications inside the caller's transaction. Idempotent. */
export async function replan(
  store: Store,
  applicationIds: readonly number[],
  now: Instant,
  policy: Policy,
): Promise<ReplanResult> {
  // Follow-ups to one person are spaced across applications: plan every application they tie
  // together at once, so the dates depend on the facts and not on which application changed.
  const circle = await store.actions.followUpCircle(applicationIds);
  const { state, stored } = await loadState(store, circle, policy);
  const planned = plan(state, now, policy);
  const { inserts, updates } = reconcile(stored, planned);
  await keepSkills(store, state, stored, updates, now);
  const inserted: number[] = [];
  for (const p of inserts)
    inserted.push(await store.actions.insert({ ...p, status: 'pending' }, now));
  for (const u of updates) await store.actions.update(u.id, u.patch, now);
  return { inserted, updated: updates.map((u) => u.id) };
}

/** Re-plans every application (after a settings change), a batch at a time. */
export async function replanAll(store: Store, now: Instant, policy: Policy): Promise<void> {
  const ids = (await store.applications.list()).map((a) => a.id);
  for (let i = 0; i < ids.length; i += 200) {
    await replan(store, ids.slice(i, i + 200), now, policy);
  }
}

/**
 * Scheduled interviews whose end has passed have been held: mark them so and plan what follows.
 * Runs before the action lists are read, so `today` is right without a background job.
 */
export async function settleHeldInterviews(
  store: Store,
  now: Instant,
  policy: Policy,
): Promise<number> {
  const started = await store.interviews.scheduledStartedBefore(now);
  const ended = started.filter(
    (i) => toInstant(inZone(i.startAt, 'utc').plus({ minutes: i.durationMin })) <= now,
  );
  if (ended.length === 0) return 0;
  await store.transaction(async (tx) => {
    await tx.interviews.setState(
      ended.map((i) => i.id),
      'held',
      now,
    );
    await replan(tx, [...new Set(ended.map((i) => i.applicationId))], now, policy);
  });
  return ended.length;
}
