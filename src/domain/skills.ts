import type { Status } from './status.js';
import type { Instant } from './types.js';

/**
 * A skill to build: a gap an interview revealed, kept after its application ended (seed 004:
 * "address the gaps"; seed 000: every interview improves your skills). It stays open until a
 * later debrief, or the seeker, marks it addressed.
 */
export interface Skill {
  id: number;
  skill: string;
  status: 'open' | 'addressed';
  applicationId: number | null;
  interviewId: number | null;
  company: string | null;
  role: string | null;
  addedAt: Instant;
  addressedAt: Instant | null;
  addressedNote: string | null;
}

/**
 * The endings that turn an application's pending skill-gap actions into skills to build: the
 * lessons matter for every other employer. An offer, accepted or declined, does not: the gap
 * did not stop anything.
 */
export const KEEPS_SKILLS: ReadonlySet<Status> = new Set(['rejected', 'withdrawn', 'ghosted']);

/** Case, accents, spacing and punctuation aside, the same skill. */
export const skillKey = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
