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
