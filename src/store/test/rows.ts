import type { NewAction } from '../repos/actions.js';
import type { NewMessage } from '../repos/messages.js';
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

/** A thank-you e-mail draft as the repository takes it, with a finding and an address. */
export const newMessage = (overrides: Partial<NewMessage> = {}): NewMessage => ({
  actionId: null,
  applicationId: null,
  interviewId: null,
  contactId: null,
  kind: 'thank_you',
  channel: 'email',
  templateId: 'thank_you/brief',
  recipientName: 'Nguyễn Văn An',
  recipientEmail: 'an@example.com',
  recipientAddress: ['1 Main St', 'Hanoi'],
  subject: 'Thank you',
  body: 'Dear An,',
  voicemail: null,
  findings: [
    { rule: 'spelling', severity: 'warning', message: 'x', field: 'body', start: 0, end: 4 },
  ],
  ...overrides,
});
