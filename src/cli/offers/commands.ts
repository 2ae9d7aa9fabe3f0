import { json, option, repeated, toggle, type Command, type Flag } from '../spec.js';

/** Salary research, the must-have list, offers and their comparison (PRODUCT.md §9, seeds 000, 004). */

const money = (help: string, required = false): Flag => option(help, 'N', required);

const termFlags: Record<string, Flag> = {
  base: money('base salary, in --period (default yearly)'),
  currency: option('ISO 4217 code, e.g. EUR (default: your research currency)', 'C'),
  period: option('yearly (default), monthly or hourly: the period of --base', 'PERIOD'),
  bonus: money('yearly bonus, an amount'),
  'bonus-pct': option('yearly bonus as a percentage of the base', 'P'),
  equity: money('the whole equity grant, vesting over --vesting-years'),
  'vesting-years': option('years the equity vests over', 'Y'),
  'sign-on': money('sign-on bonus, paid in the first year'),
  'vacation-days': option('vacation days a year (0-366)', 'N'),
  start: option('start date', 'DATE'),
  'remote-days': option('remote days a week (0-7)', 'N'),
  deadline: option('decide by this date (today or later)', 'DATE'),
  benefits: option('benefits, in words'),
};

export const commands: Command[] = [
  {
    name: 'salary add',
    summary: 'add a salary data point (low, median, high) to the research for an application',
    positionals: ['APP'],
    flags: {
      low: money('the low figure', true),
      median: money('the median figure', true),
      high: money('the high figure', true),
      currency: option('ISO 4217 code (default: the research currency)', 'C'),
      period: option('yearly (default), monthly or hourly', 'PERIOD'),
      source: option('where the figure comes from'),
      date: option('when the source published it', 'DATE'),
      shared: toggle('research for the role and location, reused by other applications'),
      json,
    },
    load: async () => (await import('./salary.js')).add,
  },
  {
    name: 'salary list',
    summary: 'the research for an application: data points normalised to yearly, percentiles',
    positionals: ['APP'],
    flags: {
      of: money('also show where this yearly amount falls among the data'),
      currency: option('the currency of --of', 'C'),
      json,
    },
    load: async () => (await import('./salary.js')).list,
  },
  {
    name: 'salary import',
    summary: 'import data points from CSV (source,low,median,high,currency,period,date)',
    positionals: ['APP', 'FILE'],
    flags: { shared: toggle('research for the role and location'), json },
    load: async () => (await import('./salary.js')).importCsv,
  },
  {
    name: 'salary target',
    summary: 'set your target and your walk-away point, with a note on why',
    positionals: ['APP'],
    flags: {
      target: money('the salary you aim for', true),
      'walk-away': money('the least you would accept', true),
      currency: option('ISO 4217 code (default: the research currency)', 'C'),
      note: option('why these numbers'),
      json,
    },
    load: async () => (await import('./salary.js')).target,
  },
  {
    name: 'musts list',
    summary: 'your must-have list',
    positionals: [],
    flags: { json },
    load: async () => (await import('./musts.js')).list,
  },
  {
    name: 'musts add',
    summary:
      'add a criterion: base_salary, total_comp, vacation_days, start_date, remote_days or your own',
    positionals: [],
    flags: {
      criterion: option(
        'base_salary|total_comp|vacation_days|start_date|remote_days|TEXT',
        'C',
        true,
      ),
      must: toggle('a must: an offer without it fails'),
      nice: toggle('a nice-to-have'),
      threshold: option('e.g. 90000, >=25, <=2026-05-01 (none for your own criteria)', 'V'),
      weight: option('1-10 (default 3 for a must, 1 for a nice-to-have)', 'N'),
      currency: option('the currency of a salary threshold', 'C'),
      json,
    },
    load: async () => (await import('./musts.js')).add,
  },
  {
    name: 'musts edit',
    summary: 'change a criterion (--threshold "" clears the threshold)',
    positionals: ['ID'],
    flags: {
      criterion: option('the criterion', 'C'),
      must: toggle('make it a must'),
      nice: toggle('make it a nice-to-have'),
      threshold: option('the new threshold', 'V'),
      weight: option('1-10', 'N'),
      currency: option('the currency of a salary threshold', 'C'),
      json,
    },
    load: async () => (await import('./musts.js')).edit,
  },
  {
    name: 'musts remove',
    summary: 'remove a criterion',
    positionals: ['ID'],
    flags: { json },
    load: async () => (await import('./musts.js')).remove,
  },
  {
    name: 'offer add',
    summary: 'record an offer: the application moves to offer, and the plan follows',
    positionals: ['APP'],
    flags: {
      ...termFlags,
      base: money('base salary, in --period (default yearly)', true),
      from: option('who made the offer, "Name <email>" (default: your last interviewer)', 'PERSON'),
      json,
    },
    load: async () => (await import('./offer.js')).add,
  },
  {
    name: 'offer show',
    summary: 'one offer: total compensation with its formula, evaluation, history',
    positionals: ['OFFER'],
    flags: { json },
    load: async () => (await import('./offer.js')).show,
  },
  {
    name: 'offer edit',
    summary: 'change an offer, or judge a criterion only you can (--judge ID=pass|fail|clear)',
    positionals: ['OFFER'],
    flags: {
      ...termFlags,
      from: option('who made the offer, "Name <email>"', 'PERSON'),
      judge: repeated('your verdict on a must-have: ID=pass, ID=fail:why, ID=clear', 'ID=VERDICT'),
      json,
    },
    load: async () => (await import('./offer.js')).edit,
  },
  {
    name: 'offer counter',
    summary:
      'one round of negotiation: your counter-proposal (--by me) or their revised offer (--by employer)',
    positionals: ['OFFER'],
    flags: {
      by: option('me (default) or employer', 'WHO'),
      ...termFlags,
      note: option('what was said'),
      json,
    },
    load: async () => (await import('./offer.js')).counter,
  },
  {
    name: 'offer negotiate',
    summary: 'draft a counter-proposal citing your research and target, to whoever made the offer',
    positionals: ['OFFER'],
    flags: {
      about: option('salary (default), vacation, start_date, schedule or terms', 'TOPIC'),
      channel: option('email (default), letter or phone', 'CHANNEL'),
      json,
    },
    load: async () => (await import('./offer.js')).negotiate,
  },
  {
    name: 'offer accept',
    summary: 'accept: drafts the acceptance, and a withdrawal for every other open application',
    positionals: ['OFFER'],
    flags: { json },
    load: async () => (await import('./offer.js')).accept,
  },
  {
    name: 'offer decline',
    summary: 'decline: drafts a gracious decline and plans a keep-warm note',
    positionals: ['OFFER'],
    flags: { json },
    load: async () => (await import('./offer.js')).decline,
  },
  {
    name: 'offers rate',
    summary: 'an exchange rate you trust: offers rate EUR CAD 1.50 means 1 EUR = 1.50 CAD',
    positionals: ['FROM', 'TO', 'RATE'],
    flags: { json },
    load: async () => (await import('./offer.js')).rate,
  },
  {
    name: 'offers compare',
    summary: 'offers side by side: which meets your must-haves, and why',
    positionals: [],
    flags: {
      currency: option('compare in this currency', 'C'),
      all: toggle('include accepted and declined offers'),
      json,
    },
    load: async () => (await import('./compare.js')).compare,
  },
];
