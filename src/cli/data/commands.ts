import { json, option, toggle, type Command } from '../spec.js';

/** Your data out and back (PRODUCT.md §11): export, import, backup, restore. */
export const commands: Command[] = [
  {
    name: 'export',
    summary: 'everything as one JSON file (or CSV files for spreadsheets): stdout, or --out',
    positionals: [],
    flags: {
      format: option('json (default: everything, re-importable) or csv (one file per table)', 'F'),
      out: option('write to this file (csv: this folder)', 'FILE'),
      json,
    },
    load: async () => (await import('./data.js')).exportCmd,
  },
  {
    name: 'import json',
    summary: 'restore an export into an empty home, or --merge it into this one',
    positionals: [{ name: 'FILE', help: 'a file written by afterview export' }],
    flags: {
      merge: toggle('add what is not here yet (by id) to a home that has data'),
      json,
    },
    load: async () => (await import('./data.js')).importCmd,
  },
  {
    name: 'backup',
    summary: 'a consistent copy of the database, safe while the server runs',
    positionals: [],
    flags: {
      out: option('write the copy here (default: backups/ in the data folder)', 'FILE'),
      json,
    },
    load: async () => (await import('./backup.js')).backupCmd,
  },
  {
    name: 'restore',
    summary: 'replace your data with a backup (refused while a server runs on it)',
    positionals: [{ name: 'FILE', help: 'a file written by afterview backup' }],
    flags: { json },
    load: async () => (await import('./backup.js')).restoreCmd,
  },
  {
    name: 'migrate',
    summary: 'bring the database up to this version (DATABASE_URL, else the data folder)',
    positionals: [],
    flags: {
      'dry-run': toggle('only list the migrations that would be applied; change nothing'),
      json,
    },
    load: async () => (await import('./migrate.js')).migrateAfterOpen,
    loadStoreless: async () => (await import('./migrate.js')).migrateCmd,
  },
];
