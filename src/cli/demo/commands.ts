import { json, type Command } from '../spec.js';

export const commands: Command[] = [
  {
    name: 'demo',
    summary: 'load a realistic demo data set',
    positionals: [],
    flags: { json },
    load: async () => (await import('./demo.js')).demo,
  },
];
