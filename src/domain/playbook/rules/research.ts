import { draft, links, type Draft, type PlanContext } from '../context.js';
import type { AppFacts } from '../facts.js';
import { NETWORK_CONTACTS, NETWORK_SEARCH, SALARY_RESEARCH } from '../why.js';
import { eveningBeforeNext } from './owed.js';

const NETWORK_DAYS = 2;
const SALARY_DAYS = 3;

/**
 * `network`: once per application, after its first held interview, due end + 2 days: reach out
 * to the known connections at the company, or look for some (seeds 003, 004).
 */
export function network(f: AppFacts, ctx: PlanContext, out: Draft[]): void {
  const h = f.held[0];
  if (h === undefined) return;
  const people = f.state.networkPeople ?? [];
  const n = people.length > 0 ? people.length : f.state.companyContacts;
  const company = f.app.company;
  out.push(
    draft(
      'network',
      `network:a${f.app.id}`,
      people.length > 0
        ? `Reach out to ${namesOf(people.map((p) => p.name))} at ${company}`
        : n > 0
          ? `Reach out to ${n} connection${n === 1 ? '' : 's'} at ${company}`
          : `Look for people you know at ${company}`,
      ctx.clock.plusDays(h.end, NETWORK_DAYS),
      n > 0 ? NETWORK_CONTACTS : NETWORK_SEARCH,
      // The first person is who the outreach draft is addressed to, unless the user picks another.
      links(f.app.id, h.iv.id, people[0]?.id ?? null),
      h.end,
    ),
  );
}

/** Names in a title: "Dana Okafor and Luis Ortega", "A, B, C and 2 others". */
export function namesOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  const rest = names.length - 3;
  return `${names.slice(0, 3).join(', ')} and ${String(rest)} other${rest === 1 ? '' : 's'}`;
}

/**
 * `salary_research`: after the first held interview when no research exists, due end + 3 days,
 * or the evening before the next interview if that is sooner (seed 004).
 */
export function salaryResearch(f: AppFacts, ctx: PlanContext, out: Draft[]): void {
  const h = f.held[0];
  if (h === undefined || f.state.hasSalaryResearch) return;
  const inThreeDays = ctx.clock.plusDays(h.end, SALARY_DAYS);
  const beforeNext = eveningBeforeNext(f, h, ctx);
  out.push(
    draft(
      'salary_research',
      `salary_research:a${f.app.id}`,
      `Research the salary for ${f.app.role} and set your target and walk-away point`,
      beforeNext === null ? inThreeDays : Math.min(inThreeDays, beforeNext),
      SALARY_RESEARCH,
      links(f.app.id, h.iv.id),
      h.end,
    ),
  );
}
