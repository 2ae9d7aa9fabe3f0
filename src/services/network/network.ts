import { invalidInput, notFound } from '../../domain/errors.js';
import {
  compareCompanies,
  compareKeys,
  companyKey,
  type CompanyMatch,
} from '../../domain/network/match.js';
import type { Application } from '../../domain/types.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan } from '../interviews/planning.js';
import { loadPolicy } from '../settings/settings.js';
import type { ContactRow } from './contacts.js';
import type { MatchDecisionInput } from './schema.js';

/**
 * The people you know at an application's company (PRODUCT.md §8, seeds 003 and 004): those
 * linked to the company (same normalised employer, named at an interview, or a match you
 * confirmed), each with the reason in words, and near misses to confirm or reject.
 */

export interface NetworkPerson {
  contact: ContactRow;
  /** `interviewer`: met at an interview for this role; `linked`: works there. */
  status: 'interviewer' | 'linked' | 'confirmed';
  score: number;
  reason: string;
}

export interface Suggestion {
  employer: string;
  match: CompanyMatch;
  people: ContactRow[];
}

export interface ApplicationNetwork {
  application: Application;
  people: NetworkPerson[];
  suggestions: Suggestion[];
  /** The application's `network` action, if planned. */
  action: ActionView | null;
}

/** The network of an application's company, without the action. */
async function peopleAt(
  store: Store,
  app: Application,
): Promise<Omit<ApplicationNetwork, 'application' | 'action'>> {
  const company = await store.companies.get(app.companyId);
  if (company === undefined) throw notFound('company', app.companyId);
  const [linked, decisions, employers, interviews] = await Promise.all([
    store.contacts.list({ companyId: company.id, limit: 5000 }),
    store.network.decisions(company.id),
    store.network.employers(company.id),
    store.interviews.listFor([app.id]),
  ]);
  const interviewers = new Set(interviews.flatMap((i) => i.interviewers.map((p) => p.contactId)));
  const verdict = new Map(decisions.map((d) => [d.employerKey, d.decision]));
  const people: NetworkPerson[] = linked.map((c) => {
    if (interviewers.has(c.id)) {
      return {
        contact: c,
        status: 'interviewer',
        score: 1,
        reason: `interviewed you for ${app.role}`,
      };
    }
    const employer = c.employer ?? company.name;
    const m = compareCompanies(employer, company.name);
    const key = companyKey(employer);
    if (verdict.get(key) === 'confirmed' && (m === null || m.score < 1)) {
      return {
        contact: c,
        status: 'confirmed',
        score: 1,
        reason: `works at ${employer}, which you confirmed is ${company.name}`,
      };
    }
    return {
      contact: c,
      status: 'linked',
      score: m?.score ?? 1,
      reason: c.employer === null ? `at ${company.name}` : (m?.reason ?? `works at ${employer}`),
    };
  });
  // Interviewers last: the network is mostly about the people who can put in a good word.
  people.sort(
    (a, b) =>
      Number(a.status === 'interviewer') - Number(b.status === 'interviewer') ||
      a.contact.name.localeCompare(b.contact.name),
  );
  const near: { employer: string; key: string; match: CompanyMatch }[] = [];
  for (const e of employers) {
    if (verdict.get(e.key) === 'rejected') continue;
    const m = compareKeys(e.key, company.normalizedName, e.name, company.name);
    if (m !== null) near.push({ employer: e.name, key: e.key, match: m });
  }
  near.sort((a, b) => b.match.score - a.match.score || a.employer.localeCompare(b.employer));
  const suggestions: Suggestion[] = [];
  for (const s of near.slice(0, 50)) {
    const people = await store.contacts.list({ employerKey: s.key, limit: 100 });
    suggestions.push({
      employer: s.employer,
      match: s.match,
      people: people.filter((p) => p.companyId !== company.id),
    });
  }
  return { people, suggestions: suggestions.filter((s) => s.people.length > 0) };
}

export async function applicationNetwork(
  ctx: Ctx,
  applicationId: number,
): Promise<ApplicationNetwork> {
  const app = await mustGet(ctx.store, applicationId);
  const [net, actions] = await Promise.all([
    peopleAt(ctx.store, app),
    ctx.store.actions.listFor([app.id]),
  ]);
  const found = actions.find((a) => a.kind === 'network');
  const action = found === undefined ? null : ((await ctx.store.actions.get(found.id)) ?? null);
  return { application: app, ...net, action };
}

/**
 * Re-plans the open applications at these companies: their `network` actions name the people
 * there, who may have changed.
 */
export async function replanCompanies(
  tx: Store,
  companyIds: ReadonlySet<number>,
  ctx: Ctx,
): Promise<void> {
  if (companyIds.size === 0) return;
  const ids = (await tx.applications.list())
    .filter(
      (a) => companyIds.has(a.companyId) && (a.status === 'interviewing' || a.status === 'offer'),
    )
    .map((a) => a.id);
  if (ids.length === 0) return;
  const policy = await loadPolicy(tx, ctx.systemZone);
  for (let i = 0; i < ids.length; i += 200) {
    await replan(tx, ids.slice(i, i + 200), ctx.now(), policy);
  }
}

/**
 * Confirms or rejects a suggested match ("Globex Labs" is, or is not, Globex). The verdict is
 * remembered for that employer name, applies to everyone who has it, now and in later imports,
 * and the `network` action is re-planned.
 */
export async function decideMatch(
  ctx: Ctx,
  applicationId: number,
  input: MatchDecisionInput,
): Promise<ApplicationNetwork> {
  const now = ctx.now();
  await ctx.store.transaction(async (tx) => {
    const app = await mustGet(tx, applicationId);
    const key = companyKey(input.employer);
    if (key === '') throw invalidInput('employer must name a company', 'employer');
    await tx.network.decide(key, app.companyId, input.decision, now);
    await replanCompanies(tx, new Set([app.companyId]), ctx);
  });
  return applicationNetwork(ctx, applicationId);
}
