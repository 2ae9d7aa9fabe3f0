import { z } from 'zod';
import type { Skill } from '../../domain/skills.js';
import { J, at } from './present.js';

/** One skill to build, as `afterview skills --json`, `/api/skills` and the brief show it. */
export const skillJson = z.object({
  id: J.id,
  skill: z.string(),
  status: z.enum(['open', 'addressed']),
  application_id: J.id.nullable(),
  company: z.string().nullable(),
  role: z.string().nullable(),
  added_at: J.instant,
  addressed_at: J.instant.nullable(),
});

export const presentSkill = (s: Skill, zone: string): z.output<typeof skillJson> => ({
  id: s.id,
  skill: s.skill,
  status: s.status,
  application_id: s.applicationId,
  company: s.company,
  role: s.role,
  added_at: at(s.addedAt, zone) ?? s.addedAt,
  addressed_at: at(s.addressedAt, zone),
});
