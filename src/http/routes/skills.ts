import { z } from 'zod';
import { presentSkill, skillJson } from '../../services/present/present-skill.js';
import { addressSkillInput, listSkillsInput } from '../../services/skills/schema.js';
import { addressSkill, listSkills } from '../../services/skills/skills.js';
import { route, type ApiRoute } from '../registry.js';
import { idParams } from '../schemas.js';
import type { RouteDeps } from './deps.js';

/** The standing list of skills to build, kept across applications (seeds 000, 004). */
export function skillRoutes({ ctx, zone }: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/api/skills',
      tag: 'skills',
      summary:
        'Skills to build: gaps kept when an application was rejected, withdrawn or ghosted (open ones by default)',
      query: listSkillsInput,
      response: z.object({ skills: z.array(skillJson) }),
      handler: async ({ query }) => {
        const z = await zone();
        return { skills: (await listSkills(ctx, query)).map((s) => presentSkill(s, z)) };
      },
    }),
    route({
      method: 'post',
      path: '/api/skills/:id/addressed',
      tag: 'skills',
      summary: 'Mark a skill to build addressed (again: no change)',
      params: idParams,
      body: addressSkillInput,
      response: skillJson,
      fields: { skill: 'id' },
      handler: async ({ params, body }) =>
        presentSkill(await addressSkill(ctx, params.id, body), await zone()),
    }),
  ];
}
