import { json, optional, type Command } from '../spec.js';

export const commands: Command[] = [
  {
    name: 'settings',
    summary: 'show or change settings, e.g. settings set timezone America/Toronto',
    positionals: [
      optional('get|set', 'get KEY shows one setting, set KEY VALUE changes it (none: list all)'),
      optional('KEY', 'a setting, e.g. timezone or follow_up.delay_days'),
      optional('VALUE', 'its new value (with set)'),
    ],
    flags: { json },
    load: async () => (await import('./settings.js')).settings,
  },
];
