import type { ApplicationState } from '../../domain/playbook/types.js';
import type { Policy } from '../../domain/settings.js';
import { atLocal, toInstant } from '../../domain/time.js';
import type { Application } from '../../domain/types.js';
import type { Store } from '../../store/store.js';

type OfferFacts = Pick<ApplicationState, 'hasSalaryResearch' | 'offers' | 'acceptedElsewhere'>;

/**
 * What the playbook's `salary_research` and `offer` rules read, for some applications: whether
 * research exists, each offer's deadline (the end of the business day on its date) and who
 * made it, and an offer accepted at another application.
 */
export async function offerPlanFacts(
  store: Store,
  apps: readonly Application[],
  policy: Policy,
): Promise<Map<number, OfferFacts>> {
  const [researched, offers, accepted] = await Promise.all([
    store.salary.researched(apps),
    store.offers.forApplications(apps.map((a) => a.id)),
    store.applications.list({ status: 'accepted', limit: 1 }),
  ]);
  let elsewhere: ApplicationState['acceptedElsewhere'] = null;
  const taken = accepted[0];
  if (taken !== undefined) {
    const events = await store.events.listFor(taken.id);
    const at = events.filter((e) => e.toStatus === 'accepted').at(-1)?.at ?? taken.updatedAt;
    elsewhere = { applicationId: taken.id, company: taken.company, at };
  }
  const out = new Map<number, OfferFacts>();
  for (const a of apps) {
    out.set(a.id, {
      hasSalaryResearch: researched.has(a.id),
      offers: offers
        .filter((o) => o.applicationId === a.id)
        .map((o) => ({
          id: o.id,
          contactId: o.contactId,
          deadline:
            o.deadlineOn === null
              ? null
              : toInstant(atLocal(o.deadlineOn, policy.dayEnd, policy.timezone)),
        })),
      acceptedElsewhere: elsewhere,
    });
  }
  return out;
}
