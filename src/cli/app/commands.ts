import { json, option, type Command } from '../spec.js';

/** Applications and their status machine. */
export const commands: Command[] = [
  {
    name: 'app add',
    summary: 'add an application (status applied, or --status saved)',
    positionals: [],
    flags: {
      company: option('the employer', 'C', true),
      role: option('the role title', 'R', true),
      url: option('the posting', 'URL'),
      source: option('where you found it', 'S'),
      location: option('where the job is'),
      applied: option('when you applied (default today)', 'DATE'),
      status: option('saved, applied (default) or interviewing', 'STATUS'),
      notes: option('free notes'),
      json,
    },
    load: async () => (await import('./app.js')).add,
  },
  {
    name: 'app list',
    summary: 'list applications',
    positionals: [],
    flags: { status: option('only this status', 'S'), json },
    load: async () => (await import('./app.js')).list,
  },
  {
    name: 'app show',
    summary: 'one application with its interviews, actions and history',
    positionals: ['APP'],
    flags: { json },
    load: async () => (await import('./app.js')).show,
  },
  {
    name: 'app status',
    summary: 'move an application to a new status (re-plans)',
    positionals: ['APP', 'STATUS'],
    flags: { note: option('why, or what happened'), json },
    load: async () => (await import('./app.js')).status,
  },
  {
    name: 'app reply',
    summary: 'the employer replied: pending follow-ups stop',
    positionals: ['APP'],
    flags: { note: option('what they said'), json },
    load: async () => (await import('./app.js')).reply,
  },
];
