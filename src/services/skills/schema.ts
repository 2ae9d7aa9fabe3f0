import { z } from 'zod';
import { LIMITS, opt, optText } from '../input.js';

/**
 * The inputs of the skills-to-build use cases, shared by `afterview skills` and `/api/skills`.
 */

/** `skills` and `GET /api/skills`: open ones by default. */
export const listSkillsInput = z.object({
  status: opt(
    z.enum(['open', 'addressed', 'all'], {
      error: (i) => `is not a skill status: "${String(i.input)}" (one of: open, addressed, all)`,
    }),
  ),
});
export type ListSkillsInput = z.output<typeof listSkillsInput>;

/** `skills addressed SKILL` and `POST /api/skills/:id/addressed`. */
export const addressSkillInput = z.strictObject({
  note: optText(LIMITS.item).describe('how you addressed it (optional)'),
});
export type AddressSkillInput = z.output<typeof addressSkillInput>;
