import type { NewAction } from '../repos/actions.js';
import type { NewApplication } from '../repos/applications.js';

/** An application row as the repository takes it, with only what a test cares about changed. */
export function newApplication(
  companyId: number,
  overrides: Partial<NewApplication> = {},
): NewApplication {
  return {
    companyId,
    role: 'Engineer',
    url: null,
    source: null,
    location: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    status: 'applied',
    appliedOn: '2026-03-01',
    notes: null,
    ...overrides,
  };
}

/** A pending action row as the repository takes it: a manual one, due at `due`. */
export function newAction(key: string, due: string, overrides: Partial<NewAction> = {}): NewAction {
  return {
    key,
    kind: 'custom',
    title: key,
    due,
    earliest: null,
    latest: null,
    why: 'because',
    seeds: [],
    applicationId: null,
    interviewId: null,
    contactId: null,
    channel: null,
    origin: 'manual',
    reason: null,
    status: 'pending',
    ...overrides,
  };
}
