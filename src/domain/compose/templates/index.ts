import type { Template } from '../types.js';
import { FOLLOW_UP_TEMPLATES } from './follow-up.js';
import { ACCEPT_TEMPLATES, NEGOTIATION_TEMPLATES } from './negotiation.js';
import { DECLINE_TEMPLATES, WITHDRAW_TEMPLATES } from './offer.js';
import {
  DOCUMENTS_TEMPLATES,
  FEEDBACK_TEMPLATES,
  KEEP_WARM_TEMPLATES,
  OUTREACH_TEMPLATES,
} from './other.js';
import { THANK_YOU_TEMPLATES } from './thank-you.js';

/** Every built-in template, in the order choice rotates through them. Read-only; copy to edit. */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  ...THANK_YOU_TEMPLATES,
  ...FOLLOW_UP_TEMPLATES,
  ...DOCUMENTS_TEMPLATES,
  ...FEEDBACK_TEMPLATES,
  ...OUTREACH_TEMPLATES,
  ...KEEP_WARM_TEMPLATES,
  ...NEGOTIATION_TEMPLATES,
  ...ACCEPT_TEMPLATES,
  ...DECLINE_TEMPLATES,
  ...WITHDRAW_TEMPLATES,
];

export const builtinTemplate = (id: string): Template | undefined =>
  BUILTIN_TEMPLATES.find((t) => t.id === id);
