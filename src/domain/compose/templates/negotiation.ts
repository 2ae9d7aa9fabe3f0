import { SIGN, WRITTEN, define } from './define.js';

/**
 * Counter-proposals (seed 000: with an offer you have leverage on salary, vacation, start date
 * and schedule). Each cites the figures behind the ask: the salary research and the target
 * (seed 004: know the typical pay and your walk-away point), or the must-have list.
 */
export const NEGOTIATION_TEMPLATES = define('negotiation', [
  {
    slug: 'terms',
    name: 'Negotiation: the terms',
    channels: WRITTEN,
    subject: 'The {{role}} offer',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for the offer for the {{role}} role. I am excited about joining {{company}}, and I would like to discuss a few points before I decide: the base salary, the vacation time, the start date and the schedule.\n\n' +
      'Could we find a time this week to talk them through?' +
      SIGN,
    why: 'Once they offer, they do not want to restart the search: negotiate salary, vacation, start date and schedule.',
    seeds: ['000'],
  },
  {
    slug: 'salary',
    name: 'Counter-proposal: the salary',
    channels: WRITTEN,
    subject: 'Re: {{role}} offer',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you again for the offer for the {{role}} role. I am enthusiastic about joining {{company}}{{#skills}} and bringing my experience with {{skills}}{{/skills}}.\n\n' +
      '{{#offer_base}}The offer sets the base salary at {{offer_base}}. {{/offer_base}}' +
      '{{#market_median}}My research for this role and location puts the typical base salary at {{market_median}}{{#market_range}}, in a range of {{market_range}}{{/market_range}}{{#market_sources}} ({{market_sources}}){{/market_sources}}. {{/market_median}}' +
      '{{#target}}Given that, and what I would bring to the team, I would be glad to accept at a base salary of {{target}}. Is that something you can do?{{/target}}' +
      '{{^target}}I was hoping for a higher base salary. Is there flexibility there?{{/target}}' +
      SIGN,
    why: 'Research the typical salary, know your target and walk-away point, and ask tactfully, citing the figures.',
    seeds: ['000', '004'],
  },
  {
    slug: 'vacation',
    name: 'Counter-proposal: vacation',
    channels: WRITTEN,
    subject: 'Re: {{role}} offer',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you again for the offer for the {{role}} role; I am looking forward to joining {{company}}.\n\n' +
      '{{#offer_vacation}}The offer includes {{offer_vacation}} of vacation a year. {{/offer_vacation}}' +
      '{{#vacation_ask}}Time off matters a great deal to me, and I would like to ask for {{vacation_ask}}. Would that be possible?{{/vacation_ask}}' +
      '{{^vacation_ask}}Time off matters a great deal to me. Is there flexibility on the vacation allowance?{{/vacation_ask}}' +
      SIGN,
    why: 'Vacation time is one of the terms an offer gives you leverage on.',
    seeds: ['000'],
  },
  {
    slug: 'start_date',
    name: 'Counter-proposal: the start date',
    channels: WRITTEN,
    subject: 'Re: {{role}} offer: start date',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you again for the offer for the {{role}} role at {{company}}.\n\n' +
      '{{#offer_start}}The offer proposes a start on {{offer_start}}. {{/offer_start}}' +
      '{{#start_ask}}To leave my current commitments in good order, I would like to start on {{start_ask}}. Would that work for your team?{{/start_ask}}' +
      '{{^start_ask}}To leave my current commitments in good order, I would like to discuss the start date. Is there some flexibility?{{/start_ask}}' +
      SIGN,
    why: 'The start date is negotiable once they have chosen you.',
    seeds: ['000'],
  },
  {
    slug: 'schedule',
    name: 'Counter-proposal: the schedule',
    channels: WRITTEN,
    subject: 'Re: {{role}} offer: schedule',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you again for the offer for the {{role}} role; I am excited about the work at {{company}}.\n\n' +
      '{{#offer_remote}}The offer allows {{offer_remote}} of remote work. {{/offer_remote}}' +
      '{{#remote_ask}}I do my most focused work from home, and I would like to ask for {{remote_ask}}. Could we agree on that?{{/remote_ask}}' +
      '{{^remote_ask}}I would like to discuss the schedule and remote work. Is there flexibility there?{{/remote_ask}}' +
      SIGN,
    why: 'The schedule, remote days included, is one of the terms to negotiate.',
    seeds: ['000'],
  },
  {
    slug: 'call',
    name: 'Negotiation call',
    channels: ['phone'],
    body: 'Call {{name}} at {{company}}.\n\n- Thank them for the offer.\n- Raise, in order: salary, vacation, start date, schedule.\n{{#target}}- Your target: {{target}}{{#market_median}} (typical pay: {{market_median}}){{/market_median}}.\n{{/target}}- Know your walk-away point before you dial.\n- Ask for the offer in writing.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}. Thank you for the offer for the {{role}} role. I would like to talk through a few details; could you call me back when convenient? Thank you!',
    why: 'Negotiating by phone, prepared with your target and walk-away point.',
    seeds: ['000', '004'],
  },
]);

/** Accepting in writing: the terms as agreed, so both sides have them (seed 000). */
export const ACCEPT_TEMPLATES = define('accept', [
  {
    slug: 'gracious',
    name: 'Accept an offer',
    channels: WRITTEN,
    subject: 'Accepting the {{role}} offer',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for the offer for the {{role}} role. I am delighted to accept it{{#offer_base}}, at a base salary of {{offer_base}}{{/offer_base}}{{#offer_start}}, starting on {{offer_start}}{{/offer_start}}.\n\n' +
      'Thank you for your time throughout the process. I look forward to joining {{company}}, and I will watch for the next steps.' +
      SIGN,
    why: 'Once it meets your must-have list, accept in writing and thank them.',
    seeds: ['000'],
  },
  {
    slug: 'call',
    name: 'Accept by phone',
    channels: ['phone'],
    body: 'Call {{name}} at {{company}}.\n\n- Thank them.\n- Say you accept the {{role}} offer.\n- Confirm the terms and the start date, and ask for them in writing.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}, calling about the {{role}} offer with good news. Could you call me back when you have a moment? Thank you!',
    why: 'Accepting by phone first is warm; confirm the terms in writing after.',
    seeds: ['000'],
  },
]);
