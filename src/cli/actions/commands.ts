import { json, option, toggle, type Command } from '../spec.js';

/** What is due, and your decisions about it. */
export const commands: Command[] = [
  {
    name: 'today',
    summary: 'due and overdue actions',
    positionals: [],
    flags: { json },
    load: async () => (await import('./today.js')).today,
  },
  {
    name: 'actions',
    summary: 'pending actions (every action with --all)',
    positionals: [],
    flags: {
      app: option('only this application', 'APP'),
      all: toggle('include done, skipped, cancelled'),
      json,
    },
    load: async () => (await import('./actions.js')).list,
  },
  {
    name: 'action add',
    summary: 'add an action of your own',
    positionals: [],
    flags: {
      title: option('what to do', 'T', true),
      due: option('when', 'DATETIME', true),
      app: option('the application it belongs to', 'APP'),
      kind: option('an action kind (default custom)', 'K'),
      why: option('why, in your words'),
      json,
    },
    load: async () => (await import('./actions.js')).add,
  },
  {
    name: 'done',
    summary: 'mark an action done',
    positionals: ['ACTION'],
    flags: { json },
    load: async () => (await import('./actions.js')).done,
  },
  {
    name: 'skip',
    summary: 'skip an action',
    positionals: ['ACTION'],
    flags: { reason: option('why', 'R'), json },
    load: async () => (await import('./actions.js')).skip,
  },
  {
    name: 'snooze',
    summary: 'move an action to later; re-planning keeps your time',
    positionals: ['ACTION'],
    flags: { until: option('new due time', 'DATETIME', true), json },
    load: async () => (await import('./actions.js')).snooze,
  },
];
