import { EMAIL_LETTER, SIGN, SIGN_WARM, define } from './define.js';

/**
 * Follow-ups: short; why your skills match, anything you want to add, and thanks for the chance
 * (seed 003); on the date they gave, polite and never desperate (seed 001); by phone with a
 * voicemail ready (seed 004).
 */
export const FOLLOW_UP_TEMPLATES = define('follow_up', [
  {
    slug: 'match',
    name: 'Follow-up: the skills match',
    channels: EMAIL_LETTER,
    subject: 'Following up on the {{role}} role',
    body:
      'Dear {{first_name}},\n\n' +
      'I hope your week is going well. I am following up on our {{interview_kind}} {{interview_when}} about the {{role}} role at {{company}}, which I am still very excited about.\n\n' +
      '{{#skills}}Since we spoke, I have thought more about how my experience with {{skills}} would help the team' +
      '{{#topic}}, especially with {{topic}}{{/topic}}.{{/skills}}' +
      '{{^skills}}{{#topic}}Since we spoke, I have kept thinking about {{topic}} and how I could contribute.{{/topic}}{{/skills}}' +
      '{{#documents_sent}} I have also sent {{documents_sent}}, as promised.{{/documents_sent}}' +
      '{{#documents_owed}} I will also send {{documents_owed}} {{documents_by}}, as promised.{{/documents_owed}}\n\n' +
      'Could you share where things stand with the decision? Thank you again for the opportunity.' +
      SIGN,
    why: 'Short, and it restates why your skills match, adds anything owed, and thanks them.',
    seeds: ['001', '003'],
  },
  {
    slug: 'add',
    name: 'Follow-up: one more thing',
    channels: EMAIL_LETTER,
    subject: '{{role}} – a quick follow-up',
    body:
      'Hello {{first_name}},\n\n' +
      'Thank you again for speaking with me {{interview_when}}. ' +
      '{{#topic}}Our discussion of {{topic}} has stayed with me, and I wanted to add one thought: it is exactly the kind of problem I enjoy working on.{{/topic}}' +
      '{{^topic}}I wanted to add one thought: the problems your team described are exactly the kind I enjoy working on.{{/topic}}' +
      '{{#skills}} My work with {{skills}} has prepared me well for it.{{/skills}}\n\n' +
      'I remain very interested in the {{role}} role and would be glad to provide anything else that helps your decision. Is there an update on the timeline?' +
      SIGN_WARM,
    why: 'Uses the follow-up to add information or address an issue more fully, then asks politely.',
    seeds: ['003', '004'],
  },
  {
    slug: 'final',
    name: 'Follow-up: short and final',
    channels: EMAIL_LETTER,
    subject: 'Checking in on the {{role}} role',
    body:
      'Dear {{first_name}},\n\n' +
      'I wanted to check in once more about the {{role}} role at {{company}}. I am still very interested' +
      '{{#topic}}, and I keep coming back to our conversation about {{topic}}{{/topic}}. I appreciate how busy this time can be.\n\n' +
      'If the decision has been made, I would be grateful to know either way. Thank you for your time and consideration.' +
      SIGN,
    why: 'The last follow-up is brief and gracious: never too frequent, never desperate.',
    seeds: ['001', '004'],
  },
  {
    slug: 'visit',
    name: 'Follow-up note left in person',
    channels: ['drop_off'],
    subject: 'Following up',
    body:
      'Dear {{first_name}},\n\n' +
      'I stopped by to follow up on the {{role}} role and to thank you again for our {{interview_kind}}.' +
      '{{#skills}} I am confident my experience with {{skills}} would help the team.{{/skills}}' +
      ' I would be glad to hear where things stand whenever it is convenient.' +
      SIGN_WARM,
    why: 'A personal visit is one of the ways to follow up; leave a short note if they are out.',
    seeds: ['001'],
  },
  {
    slug: 'call',
    name: 'Follow-up call with voicemail',
    channels: ['phone'],
    body:
      'Call {{name}} at {{company}}.\n\n' +
      '- Say who you are: {{sender_name}}, interviewed {{interview_when}} for the {{role}} role.\n' +
      '- Say you are still very interested{{#skills}}, and why: your experience with {{skills}}{{/skills}}.\n' +
      '{{#topic}}- Refer back to {{topic}}.\n{{/topic}}' +
      '- Ask politely where things stand and when they expect to decide.\n' +
      '- Thank them for their time. If you reach voicemail, leave the message below.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}. I interviewed for the {{role}} role and wanted to follow up: I am still very interested' +
      '{{#skills}}, and I believe my experience with {{skills}} is a strong match{{/skills}}. ' +
      'You can reach me at {{sender_phone}}{{^sender_phone}}this number{{/sender_phone}}. Thank you, and have a good day.',
    why: 'The second follow-up is a phone call; be ready to leave a clear voicemail in about thirty seconds.',
    seeds: ['004'],
  },
  {
    slug: 'call-brief',
    name: 'Follow-up call, brief',
    channels: ['phone'],
    body:
      'Call {{name}} at {{company}}.\n\n' +
      '- Introduce yourself and the {{role}} role.\n' +
      '- Ask whether there is any news on the decision.\n' +
      '- Thank them, whatever the answer.',
    voicemail:
      'Hi {{first_name}}, it is {{sender_name}} calling about the {{role}} role at {{company}}. I am still very interested' +
      '{{#topic}}, especially after our talk about {{topic}},{{/topic}} and wanted to check in. ' +
      'My number is {{sender_phone}}{{^sender_phone}}the one I am calling from{{/sender_phone}}. Thank you!',
    why: 'When time is short, a brief call and a short voicemail still show serious interest.',
    seeds: ['001', '004'],
  },
  {
    slug: 'linkedin',
    name: 'Follow-up on LinkedIn',
    channels: ['linkedin'],
    body:
      'Hi {{first_name}}, following up on the {{role}} role at {{company}}: I am still very interested' +
      '{{#skills}} and confident {{skills}} would help the team{{/skills}}. Is there any news on the timeline? Thank you! {{sender_name}}',
    why: 'A short message on LinkedIn is another polite way to follow up.',
    seeds: ['001', '003'],
  },
]);
