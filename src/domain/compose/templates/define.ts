import { SEEDS, type Channel, type MessageKind, type SeedId } from '../../types.js';
import type { Template } from '../types.js';

/** The channels a written note (e-mail body, letter, card) can go on. */
export const WRITTEN: readonly Channel[] = ['email', 'letter', 'drop_off'];
export const EMAIL_LETTER: readonly Channel[] = ['email', 'letter'];

/** `(seeds 001 001_91e6….txt, 003 …)`: the rationale names the seed articles by number and file. */
const cite = (seeds: readonly SeedId[]): string =>
  `(${seeds.length === 1 ? 'seed' : 'seeds'} ${seeds.map((s) => `${s} ${SEEDS[s]}`).join(', ')})`;

interface Def {
  slug: string;
  name: string;
  channels: readonly Channel[];
  subject?: string;
  body: string;
  voicemail?: string;
  why: string;
  seeds: readonly SeedId[];
}

/** Builds the built-in templates of one kind; ids are `<kind>/<slug>`. */
export function define(kind: MessageKind, defs: readonly Def[]): Template[] {
  return defs.map((d) => ({
    id: `${kind}/${d.slug}`,
    name: d.name,
    kind,
    channels: d.channels,
    subject: d.subject ?? '',
    body: d.body,
    voicemail: d.voicemail ?? null,
    rationale: `${d.why} ${cite(d.seeds)}`,
    seeds: d.seeds,
    builtin: true,
  }));
}

/** The sign-off every written template ends with. */
export const SIGN = '\n\nBest regards,\n{{signature}}';
export const SIGN_WARM = '\n\nWarm regards,\n{{signature}}';
export const SIGN_THANKS = '\n\nWith thanks,\n{{signature}}';
