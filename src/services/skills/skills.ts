import { notFound } from '../../domain/errors.js';
import { skillKey, type Skill } from '../../domain/skills.js';
import type { Instant } from '../../domain/types.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import type { AddressSkillInput, ListSkillsInput } from './schema.js';

/**
 * The standing list of skills to build (seeds 000, 004): the gaps an interview revealed, kept
 * when their application ended (see `keepSkills` in interviews/planning.ts), shown in every
 * later brief until a debrief or the seeker marks them addressed.
 */

export async function listSkills(ctx: Ctx, q: ListSkillsInput = {}): Promise<Skill[]> {
  const status = q.status ?? 'open';
  return ctx.store.skills.list(status === 'all' ? {} : { status });
}

/** The open skills: what every brief shows. */
export const openSkills = (store: Store): Promise<Skill[]> => store.skills.list({ status: 'open' });

/** Marks one skill addressed; marking it again changes nothing. */
export async function addressSkill(ctx: Ctx, id: number, input: AddressSkillInput): Promise<Skill> {
  return ctx.store.transaction(async (tx) => {
    const s = await tx.skills.get(id);
    if (s === undefined) throw notFound('skill', id, 'skill');
    if (s.status === 'open') await tx.skills.markAddressed(id, ctx.now(), input.note ?? null);
    return (await tx.skills.get(id)) ?? s;
  });
}

/**
 * A debrief says which skills it addressed, by their words: every open skill with the same
 * words (case, accents and punctuation aside) is marked addressed. Returns those it marked, and
 * the words that matched no open skill, so the debrief can say so.
 */
export async function addressSkillsByText(
  store: Store,
  texts: readonly string[],
  at: Instant,
  note: string,
): Promise<{ addressed: Skill[]; unknown: string[] }> {
  const open = await store.skills.list({ status: 'open' });
  const addressed: Skill[] = [];
  const unknown: string[] = [];
  for (const t of texts) {
    const key = skillKey(t);
    const hits = open.filter((s) => skillKey(s.skill) === key && !addressed.includes(s));
    if (hits.length === 0) unknown.push(t);
    for (const s of hits) {
      await store.skills.markAddressed(s.id, at, note);
      addressed.push({ ...s, status: 'addressed', addressedAt: at, addressedNote: note });
    }
  }
  return { addressed, unknown };
}
