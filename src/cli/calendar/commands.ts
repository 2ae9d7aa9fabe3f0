import { json, option, toggle, type Command } from '../spec.js';

const base = option('the address the server is reached by (default http://127.0.0.1:4747)', 'URL');

/** The calendar and the daily digest (PRODUCT.md §10). */
export const commands: Command[] = [
  {
    name: 'calendar export',
    summary: 'interviews and pending actions as an .ics calendar (stdout, or --out FILE)',
    positionals: [],
    flags: { out: option('write the calendar to this file', 'FILE'), base, json },
    load: async () => (await import('./calendar.js')).exportCmd,
  },
  {
    name: 'calendar token',
    summary: 'the calendar feed URL to subscribe to; --renew replaces it, --revoke turns it off',
    positionals: [],
    flags: {
      renew: toggle('a new secret URL; the old one stops working'),
      revoke: toggle('turn the feed off (its URL answers 404)'),
      base,
      json,
    },
    load: async () => (await import('./calendar.js')).token,
  },
  {
    name: 'digest',
    summary: "today's digest e-mail: preview it, or --send it now (once a day)",
    positionals: [],
    flags: {
      send: toggle('send it now through your SMTP server'),
      base,
      json,
    },
    load: async () => (await import('./calendar.js')).digest,
  },
];
