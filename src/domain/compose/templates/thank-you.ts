import { EMAIL_LETTER, SIGN, SIGN_THANKS, SIGN_WARM, define } from './define.js';

/**
 * Thank-you notes: right away, personal, simple, proofread, asking for nothing, and with thanks
 * for their patience when you were late. Each one names a topic you discussed, so it reads as
 * written for this person rather than pre-made (seed 002), and none makes a request (seed 001).
 */
export const THANK_YOU_TEMPLATES = define('thank_you', [
  {
    slug: 'conversation',
    name: 'Thank-you: the conversation',
    channels: EMAIL_LETTER,
    subject: 'Thank you – {{role}} interview',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for taking the time to meet with me {{interview_when}} about the {{role}} role at {{company}}.' +
      '{{#late}} Thank you also for your patience when I arrived late; I appreciated your understanding.{{/late}}' +
      '{{#topic}} I especially enjoyed our conversation about {{topic}}, and it made me even more enthusiastic about the work.{{/topic}}\n\n' +
      '{{#skills}}It was good to hear how my experience with {{skills}} could help your team.{{/skills}}' +
      '{{#documents_owed}} As promised, I will send {{documents_owed}} {{documents_by}}.{{/documents_owed}}' +
      '{{#documents_sent}} As promised, I sent {{documents_sent}}.{{/documents_sent}}\n\n' +
      'Thank you again for the opportunity.' +
      SIGN,
    why: 'A short, personal note sent within hours: thanks for the opportunity, one specific topic, and no request.',
    seeds: ['001', '002', '003'],
  },
  {
    slug: 'insight',
    name: 'Thank-you: what I took away',
    channels: EMAIL_LETTER,
    subject: 'Thank you for your time, {{first_name}}',
    body:
      'Hello {{first_name}},\n\n' +
      'I appreciated the chance to speak with you {{interview_when}} about the {{role}} opening at {{company}}.' +
      '{{#late}} I am also grateful for your patience with my late arrival.{{/late}}\n\n' +
      '{{#topic}}Your perspective on {{topic}} stayed with me after we spoke, and it gave me a clearer picture of the team and its priorities.{{/topic}}' +
      '{{^topic}}Hearing how the team works gave me a much clearer picture of the role and its priorities.{{/topic}}' +
      '{{#skills}} I am glad my background in {{skills}} seems a good fit.{{/skills}}' +
      '{{#documents_owed}} I will follow up {{documents_by}} with {{documents_owed}}.{{/documents_owed}}' +
      '{{#documents_sent}} I sent {{documents_sent}} separately, as promised.{{/documents_sent}}\n\n' +
      'Thank you for a thoughtful conversation.' +
      SIGN_WARM,
    why: 'Thanks the interviewer for their insight on one topic, which proves the note is not pre-made.',
    seeds: ['002', '003', '004'],
  },
  {
    slug: 'brief',
    name: 'Thank-you: short and simple',
    channels: EMAIL_LETTER,
    subject: 'Thank you for the {{interview_kind}}',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for the {{interview_kind}} {{interview_when}}.' +
      '{{#late}} I appreciate your patience when I was running late.{{/late}}' +
      '{{#topic}} I enjoyed learning about {{topic}}.{{/topic}}' +
      ' The {{role}} role sounds like a great match for what I love to do, and I am grateful for your time.' +
      '{{#documents_owed}}\n\nI will send {{documents_owed}} {{documents_by}}, as promised.{{/documents_owed}}' +
      '{{#documents_sent}}\n\nI sent {{documents_sent}}, as promised.{{/documents_sent}}' +
      SIGN_THANKS,
    why: 'Simple is the advice: a few lines of real thanks, timely and proofread, asking for nothing.',
    seeds: ['001', '003'],
  },
  {
    slug: 'card',
    name: 'Thank-you card to drop off',
    channels: ['drop_off'],
    subject: 'Thank you',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for meeting with me {{interview_when}}.' +
      '{{#late}} I am grateful for your patience when I arrived late.{{/late}}' +
      '{{#topic}} Our conversation about {{topic}} stayed with me.{{/topic}}' +
      ' I am excited about the {{role}} role at {{company}} and wanted to thank you in person.' +
      SIGN_WARM,
    why: 'Dropped off at the company the next day, a handwritten-style card shows thought and enthusiasm.',
    seeds: ['002', '004'],
  },
  {
    slug: 'card-short',
    name: 'Thank-you card, very short',
    channels: ['drop_off'],
    subject: 'Thank you',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for your time {{interview_when}}' +
      '{{#topic}} and for the conversation about {{topic}}{{/topic}}.' +
      '{{#late}} Thank you as well for your patience with my late arrival.{{/late}}' +
      ' It was a pleasure to meet you.' +
      SIGN,
    why: 'A card has little room: thanks, one personal detail, and nothing asked.',
    seeds: ['001', '004'],
  },
  {
    slug: 'linkedin',
    name: 'Thank-you on LinkedIn',
    channels: ['linkedin'],
    body:
      'Hi {{first_name}}, thank you for the {{interview_kind}} {{interview_when}} about the {{role}} role.' +
      '{{#late}} Thanks for your patience when I ran late.{{/late}}' +
      '{{#topic}} I enjoyed our talk about {{topic}}.{{/topic}} {{sender_name}}',
    why: 'LinkedIn notes are capped at 300 characters: the thanks and one personal detail.',
    seeds: ['001', '003'],
  },
  {
    slug: 'linkedin-connect',
    name: 'Thank-you with a connection request',
    channels: ['linkedin'],
    body:
      'Hello {{first_name}}, it was a pleasure to meet you {{interview_when}}.' +
      '{{#topic}} Thank you for the insight into {{topic}}.{{/topic}}' +
      '{{^topic}} Thank you for your time.{{/topic}}' +
      '{{#late}} I appreciated your patience when I was late.{{/late}} {{sender_name}}',
    why: 'Connecting with the interviewer keeps the relationship going whatever the decision.',
    seeds: ['003', '004'],
  },
  {
    slug: 'call',
    name: 'Thank-you call',
    channels: ['phone'],
    body:
      'Call {{name}} at {{company}}.\n\n' +
      '- Say who you are: {{sender_name}}, interviewed {{interview_when}} for the {{role}} role.\n' +
      '- Thank them for their time.{{#late}} Thank them for their patience when you arrived late.{{/late}}\n' +
      '{{#topic}}- Mention what you enjoyed: {{topic}}.\n{{/topic}}' +
      '- Ask for nothing; keep it under a minute.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}. I wanted to thank you for the {{interview_kind}} {{interview_when}} about the {{role}} role.' +
      '{{#topic}} I really enjoyed our conversation about {{topic}}.{{/topic}}' +
      '{{#late}} Thank you as well for your patience when I arrived late.{{/late}} Have a great day.',
    why: 'A quick call of thanks, with a voicemail short enough to leave in thirty seconds.',
    seeds: ['002', '004'],
  },
]);
