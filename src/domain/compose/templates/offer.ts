import { SIGN, WRITTEN, define } from './define.js';

/**
 * Deciding against your must-have list (seed 000): declining and withdrawing stay gracious.
 * The counter-proposals and the acceptance are in negotiation.ts.
 */
export const DECLINE_TEMPLATES = define('decline', [
  {
    slug: 'gracious',
    name: 'Decline an offer, graciously',
    channels: WRITTEN,
    subject: 'The {{role}} offer',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you very much for the offer for the {{role}} role and for the time you and the team invested in me. After careful thought, I have decided to decline.\n\n' +
      'I enjoyed getting to know {{company}} and hope we can stay in touch.' +
      SIGN,
    why: 'Decide against your must-have list, and decline in a way that keeps the door open.',
    seeds: ['000'],
  },
  {
    slug: 'call',
    name: 'Decline by phone',
    channels: ['phone'],
    body: 'Call {{name}} at {{company}}.\n\n- Thank them for the offer.\n- Say you have decided to decline.\n- Keep the door open.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}, calling about the {{role}} offer. Could you call me back when you have a moment? Thank you.',
    why: 'Declining by phone first is courteous; the voicemail only asks for a call back.',
    seeds: ['000'],
  },
]);

export const WITHDRAW_TEMPLATES = define('withdraw', [
  {
    slug: 'gracious',
    name: 'Withdraw, graciously',
    channels: WRITTEN,
    subject: 'Withdrawing from the {{role}} process',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for considering me for the {{role}} role at {{company}}. I have decided to withdraw my application, and I wanted to let you know right away so you can plan.\n\n' +
      'I appreciated the conversations with your team and hope we cross paths again.' +
      SIGN,
    why: 'Withdraw promptly and politely; the people you met are still part of your network.',
    seeds: ['003'],
  },
  {
    slug: 'call',
    name: 'Withdraw by phone',
    channels: ['phone'],
    body: 'Call {{name}} at {{company}}.\n\n- Thank them.\n- Say you are withdrawing from the {{role}} process.\n- Keep it short and warm.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}. I wanted to let you know I am withdrawing from the {{role}} process. Thank you for your time and consideration.',
    why: 'A short call is a courteous way to withdraw.',
    seeds: ['003'],
  },
]);
