import { EMAIL_LETTER, SIGN, SIGN_WARM, WRITTEN, define } from './define.js';

/** Documents owed: sent promptly, as part of following up well (seed 003). */
export const DOCUMENTS_TEMPLATES = define('documents', [
  {
    slug: 'as-promised',
    name: 'Documents, as promised',
    channels: WRITTEN,
    subject: '{{documents}} for the {{role}} role',
    body:
      'Dear {{first_name}},\n\n' +
      'As promised during our {{interview_kind}} {{interview_when}}, please find {{documents}} attached.' +
      '{{#topic}} I hope it adds useful context to our discussion of {{topic}}.{{/topic}}\n\n' +
      'Thank you again for your time.' +
      SIGN,
    why: 'Sends what you owe right away and ties it back to the conversation.',
    seeds: ['003'],
  },
  {
    slug: 'short',
    name: 'Documents, short',
    channels: WRITTEN,
    subject: 'Following up with {{documents}}',
    body:
      'Hello {{first_name}},\n\n' +
      'Here are {{documents}}, which I mentioned when we spoke about the {{role}} role. I am glad to provide anything else that helps.' +
      SIGN_WARM,
    why: 'Short and prompt: the information you still owe the interviewer.',
    seeds: ['003'],
  },
  {
    slug: 'linkedin',
    name: 'Documents sent, on LinkedIn',
    channels: ['linkedin'],
    body: 'Hi {{first_name}}, I have just e-mailed {{documents}} for the {{role}} role, as promised. Thank you! {{sender_name}}',
    why: 'A short note that what you promised is on its way.',
    seeds: ['003'],
  },
  {
    slug: 'call',
    name: 'Documents: a call to say they are sent',
    channels: ['phone'],
    body: 'Call {{name}} at {{company}}.\n\n- Say you have sent {{documents}} for the {{role}} role.\n- Ask whether anything else would help.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}. I wanted to let you know I have sent {{documents}} for the {{role}} role, as promised. Thank you!',
    why: 'When e-mail might be missed, a short call confirms the documents arrived.',
    seeds: ['003'],
  },
]);

/** After a rejection: ask for constructive feedback to improve the next interview (seed 004). */
export const FEEDBACK_TEMPLATES = define('feedback_request', [
  {
    slug: 'gracious',
    name: 'Feedback request, gracious',
    channels: WRITTEN,
    subject: 'Thank you, and a request for feedback',
    body:
      'Dear {{first_name}},\n\n' +
      'Thank you for letting me know about your decision on the {{role}} role. I enjoyed meeting the team at {{company}}' +
      '{{#topic}}, and especially our conversation about {{topic}}{{/topic}}.\n\n' +
      'If you have a few minutes, I would be grateful for any constructive feedback on my interview: what I could have done better, or where I could grow. It would help me a great deal.\n\n' +
      'I hope our paths cross again.' +
      SIGN,
    why: 'Thanks them, asks for specific, constructive feedback, and leaves the door open.',
    seeds: ['004'],
  },
  {
    slug: 'short',
    name: 'Feedback request, short',
    channels: WRITTEN,
    subject: 'Feedback on my interview for {{role}}',
    body:
      'Hello {{first_name}},\n\n' +
      'Thank you for considering me for the {{role}} role. Would you be willing to share one or two things I could improve? I would value your view.' +
      SIGN_WARM,
    why: 'A short request is easier to answer.',
    seeds: ['004'],
  },
  {
    slug: 'call',
    name: 'Feedback request by phone',
    channels: ['phone'],
    body: 'Call {{name}} at {{company}}.\n\n- Thank them for the decision and the process.\n- Ask for one or two things you could improve.\n- Listen, take notes, thank them.',
    voicemail:
      'Hello {{first_name}}, this is {{sender_name}}. Thank you for letting me know about the {{role}} role. If you have a moment, I would really value any feedback on my interview. Thank you!',
    why: 'Feedback is often easier to give by phone.',
    seeds: ['004'],
  },
  {
    slug: 'linkedin',
    name: 'Feedback request on LinkedIn',
    channels: ['linkedin'],
    body: 'Hi {{first_name}}, thank you for considering me for the {{role}} role. If you have a moment, I would value any feedback on how I could improve. {{sender_name}}',
    why: 'A gracious note that keeps the relationship.',
    seeds: ['004'],
  },
]);

/** Reach people you know at the employer: insight into your chances, a good word (seeds 003, 004). */
export const OUTREACH_TEMPLATES = define('outreach', [
  {
    slug: 'insight',
    name: 'Outreach: ask for insight',
    channels: EMAIL_LETTER,
    subject: 'Your advice on {{company}}',
    body:
      'Hi {{first_name}},\n\n' +
      'I hope you are well. I recently interviewed for the {{role}} role at {{company}}, and I would value your perspective on the team and what they look for.\n\n' +
      'Would you have fifteen minutes for a quick call in the next few days? Thank you!' +
      SIGN_WARM,
    why: 'A contact at the employer can tell you about the competition and your chances.',
    seeds: ['003', '004'],
  },
  {
    slug: 'good-word',
    name: 'Outreach: a good word',
    channels: EMAIL_LETTER,
    subject: 'The {{role}} role at {{company}}',
    body:
      'Hello {{first_name}},\n\n' +
      'I am in the interview process for the {{role}} role at {{company}}' +
      '{{#skills}}, where my experience with {{skills}} seems a strong fit{{/skills}}. ' +
      'If you know the hiring team, I would be grateful for any advice, or a good word if you feel comfortable.' +
      SIGN,
    why: 'People who know the hiring manager can put in a good word.',
    seeds: ['003'],
  },
  {
    slug: 'linkedin',
    name: 'Outreach on LinkedIn',
    channels: ['linkedin'],
    body: 'Hi {{first_name}}, I am interviewing for the {{role}} role at {{company}} and would value your view of the team. Could we talk for 15 minutes this week? {{sender_name}}',
    why: 'Search LinkedIn for contacts at the employer and reach out.',
    seeds: ['004'],
  },
  {
    slug: 'linkedin-short',
    name: 'Outreach on LinkedIn, short',
    channels: ['linkedin'],
    body: 'Hello {{first_name}}, I have an interview process underway at {{company}} ({{role}}). Any advice from the inside would mean a lot. Thank you! {{sender_name}}',
    why: 'A brief, easy-to-answer request to someone in your network.',
    seeds: ['003', '004'],
  },
  {
    slug: 'call',
    name: 'Outreach call',
    channels: ['phone'],
    body: 'Call {{name}}.\n\n- Catch up briefly.\n- Say you are interviewing for the {{role}} role at {{company}}.\n- Ask what the team values and how they decide.',
    voicemail:
      'Hi {{first_name}}, this is {{sender_name}}. I am interviewing at {{company}} and would love your advice. Could you call me back when you have a minute? Thank you!',
    why: 'Reach out to your network, especially people at the target company.',
    seeds: ['004'],
  },
]);

/** Stay in touch after a rejection or silence: a friendly note keeps you in mind (seeds 003, 004). */
export const KEEP_WARM_TEMPLATES = define('keep_warm', [
  {
    slug: 'check-in',
    name: 'Keep in touch: friendly check-in',
    channels: WRITTEN,
    subject: 'Keeping in touch',
    body:
      'Hi {{first_name}},\n\n' +
      'I hope all is well at {{company}}. I enjoyed meeting you during the {{role}} interviews' +
      '{{#topic}} and still think about our conversation on {{topic}}{{/topic}}.\n\n' +
      'I would love to stay in touch, and I would be glad to hear of future openings on your team.' +
      SIGN_WARM,
    why: 'Stay in touch with the people you met; the next opening may be yours.',
    seeds: ['003', '004'],
  },
  {
    slug: 'news',
    name: 'Keep in touch: an update',
    channels: WRITTEN,
    subject: 'An update from {{sender_name}}',
    body:
      'Hello {{first_name}},\n\n' +
      'It has been a while since we spoke about the {{role}} role. I have kept working on my skills{{#skills}}, particularly {{skills}}{{/skills}}, and I remain a fan of {{company}}.\n\n' +
      'I hope we can keep in touch.' +
      SIGN,
    why: 'A short update keeps the relationship warm without asking for anything.',
    seeds: ['003'],
  },
  {
    slug: 'linkedin',
    name: 'Keep in touch on LinkedIn',
    channels: ['linkedin'],
    body: 'Hi {{first_name}}, I hope all is well at {{company}}. I enjoyed meeting you during the {{role}} interviews and would love to stay in touch. {{sender_name}}',
    why: 'Connecting keeps you in mind for the next opening.',
    seeds: ['003', '004'],
  },
  {
    slug: 'call',
    name: 'Keep in touch by phone',
    channels: ['phone'],
    body: 'Call {{name}} at {{company}}.\n\n- Catch up and ask how the team is doing.\n- Mention you would welcome hearing about future openings.',
    voicemail:
      'Hi {{first_name}}, this is {{sender_name}}. I was thinking of our conversations at {{company}} and wanted to say hello. I hope all is well!',
    why: 'A friendly call keeps the contact alive.',
    seeds: ['004'],
  },
]);
