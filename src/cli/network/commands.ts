import { json, option, optional, type Command } from '../spec.js';

/** People at the employer and the health of the whole search (PRODUCT.md §8, seeds 003, 004). */

const contactFlags = {
  email: option('e-mail address', 'EMAIL'),
  phone: option('phone number', 'PHONE'),
  title: option('job title'),
  company: option('employer, as they name it', 'C'),
  linkedin: option('LinkedIn profile address', 'URL'),
  relationship: option(
    'interviewer, recruiter, hiring_manager, referral, connection (default) or other',
    'R',
  ),
  notes: option('anything worth remembering'),
  'connected-on': option('when you connected', 'DATE'),
};

export const commands: Command[] = [
  {
    name: 'contacts list',
    summary: 'your contacts by name: interviewers, recruiters, LinkedIn connections',
    positionals: [optional('QUERY', 'only those whose name, company, title or e-mail contain it')],
    flags: { limit: option('at most N (default 500)', 'N'), json },
    load: async () => (await import('./contacts.js')).list,
  },
  {
    name: 'contacts show',
    summary: 'one contact with the applications and messages they are linked to',
    positionals: ['CONTACT'],
    flags: { json },
    load: async () => (await import('./contacts.js')).show,
  },
  {
    name: 'contacts add',
    summary: 'add a person you know',
    positionals: [],
    flags: { name: option('full name', 'NAME', true), ...contactFlags, json },
    load: async () => (await import('./contacts.js')).add,
  },
  {
    name: 'contacts edit',
    summary: 'change a contact (an empty value, e.g. --phone "", clears a field)',
    positionals: ['CONTACT'],
    flags: { name: option('full name', 'NAME'), ...contactFlags, json },
    load: async () => (await import('./contacts.js')).edit,
  },
  {
    name: 'contacts merge',
    summary: 'merge two records of one person: KEEP takes over every link of DROP',
    positionals: ['KEEP', 'DROP'],
    flags: { json },
    load: async () => (await import('./contacts.js')).merge,
  },
  {
    name: 'import linkedin',
    summary:
      "import LinkedIn's Connections.csv (again after a newer export: people are updated, not duplicated)",
    positionals: [{ name: 'FILE', help: 'the export, or - for stdin' }],
    flags: { json },
    load: async () => (await import('./import.js')).linkedin,
  },
  {
    name: 'network',
    summary: "the people you know at the application's company, with why; near misses to confirm",
    positionals: ['APP'],
    flags: {
      confirm: option(
        'confirm a suggested employer is this company (its name as listed)',
        'EMPLOYER',
      ),
      reject: option('reject a suggested employer: it is another company', 'EMPLOYER'),
      json,
    },
    load: async () => (await import('./network.js')).network,
  },
  {
    name: 'health',
    summary:
      'the health of the whole search: active vs goal, this week, one-basket share, stale, response times',
    positionals: [],
    flags: { json },
    load: async () => (await import('./health.js')).health,
  },
  {
    name: 'insights',
    summary: 'the funnel of the whole search (applied → … → accepted) and the debrief trend',
    positionals: [],
    flags: {
      source: option('only applications from this source', 'S'),
      from: option('applied on or after', 'DATE'),
      to: option('applied on or before', 'DATE'),
      json,
    },
    load: async () => (await import('./insights.js')).insights,
  },
];
