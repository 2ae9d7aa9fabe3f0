import { json, option, type Command } from '../spec.js';

/** The skills to build, kept across applications. */
export const commands: Command[] = [
  {
    name: 'skills',
    summary: 'skills to build, kept from applications that ended (seeds 000, 004)',
    positionals: [],
    flags: {
      status: option('open (default), addressed or all', 'STATUS'),
      json,
    },
    load: async () => (await import('./skills.js')).list,
  },
  {
    name: 'skills addressed',
    summary: 'mark a skill to build addressed',
    positionals: ['SKILL'],
    flags: { note: option('how you addressed it'), json },
    load: async () => (await import('./skills.js')).addressed,
  },
];
