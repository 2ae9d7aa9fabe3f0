import type { Skill } from '../../domain/skills.js';
import { positiveId } from '../../domain/validate.js';
import { parseInput } from '../../services/input.js';
import { presentSkill } from '../../services/present/present-skill.js';
import { addressSkillInput, listSkillsInput } from '../../services/skills/schema.js';
import { addressSkill, listSkills } from '../../services/skills/skills.js';
import { str, when } from '../format.js';
import type { Invocation, Output } from '../spec.js';

const line = (s: Skill, zone: string): string => {
  const from =
    s.company === null ? '' : ` · from ${s.company}${s.role === null ? '' : ` (${s.role})`}`;
  const state =
    s.status === 'addressed'
      ? ` · addressed ${s.addressedAt === null ? '' : when(s.addressedAt, zone)}${s.addressedNote === null ? '' : `: ${s.addressedNote}`}`
      : '';
  return `#${s.id}  ${s.skill}${from}${state}`;
};

/** `afterview skills [--status open|addressed|all] [--json]` */
export async function list(inv: Invocation): Promise<Output> {
  const q = parseInput(listSkillsInput, { status: str(inv.values.status) });
  const skills = await listSkills(inv.ctx, q);
  const empty =
    (q.status ?? 'open') === 'open'
      ? 'No skills to build yet. When an application ends, its open skill gaps are kept here.'
      : 'No skills to show.';
  return {
    text: () =>
      skills.length === 0
        ? empty
        : [
            `Skills to build (${skills.length}); every brief shows the open ones (seeds 000, 004):`,
            ...skills.map((s) => `  ${line(s, inv.zone)}`),
          ].join('\n'),
    json: { skills: skills.map((s) => presentSkill(s, inv.zone)) },
  };
}

/** `afterview skills addressed SKILL [--note TEXT]` */
export async function addressed(inv: Invocation): Promise<Output> {
  const id = positiveId(inv.positionals[0], 'skill', 'skill');
  const input = parseInput(addressSkillInput, { note: str(inv.values.note) });
  const s = await addressSkill(inv.ctx, id, input);
  return { text: `Addressed: ${line(s, inv.zone)}`, json: presentSkill(s, inv.zone) };
}
