import { json, option, toggle, type Command, type Flag } from '../spec.js';

const kindFlag = option(
  'message kind: thank_you, follow_up, documents, feedback_request, outreach, keep_warm, negotiation, decline, withdraw',
  'KIND',
);
const channelFlag = option('email, letter, drop_off, phone or linkedin', 'CHANNEL');
const templateFlags: Record<string, Flag> = {
  name: option('a name for it', 'NAME'),
  kind: kindFlag,
  channel: option('channels it fits, e.g. email,letter', 'CHANNELS'),
  subject: option('subject template', 'TEXT'),
  'body-file': option('file with the body template (- for stdin)', 'FILE'),
  'voicemail-file': option('file with the voicemail template (phone)', 'FILE'),
  from: option('start from this template, e.g. thank_you/brief', 'TEMPLATE'),
  json,
};
const required = (f: Flag): Flag => ({ ...f, required: true });

/** Drafts, the note check, the outbox and templates (PRODUCT.md §6). */
export const commands: Command[] = [
  {
    name: 'draft',
    summary: 'draft the message for an action, filled from the interview, and check it',
    positionals: ['ACTION'],
    flags: {
      channel: channelFlag,
      kind: kindFlag,
      template: option('a template id or name (see afterview templates)', 'TEMPLATE'),
      to: option('write to this person instead', 'PERSON'),
      json,
    },
    load: async () => (await import('./draft.js')).draft,
  },
  {
    name: 'check',
    summary: 'check a note: exit 0 when clean or only warnings, 1 when it has errors',
    positionals: [
      { name: 'FILE', help: 'the note (- reads stdin; a first line "Subject: …" is the subject)' },
    ],
    flags: {
      kind: kindFlag,
      channel: channelFlag,
      action: option("check against this action's interview and recipient", 'ACTION'),
      json,
    },
    load: async () => (await import('./check.js')).check,
  },
  {
    name: 'send',
    summary: 'check and send a message; marks its action done',
    positionals: ['MESSAGE'],
    flags: {
      via: option('smtp or eml for e-mail, pdf for letters and cards', 'VIA'),
      out: option('file or folder for .eml and .pdf (default $AFTERVIEW_HOME/outbox)', 'PATH'),
      force: toggle('send despite check errors or the spacing guard'),
      reason: option('why you force it (logged)', 'R'),
      resend: toggle('a held message did not arrive: send it again'),
      json,
    },
    load: async () => (await import('./send.js')).send,
  },
  {
    name: 'outbox',
    summary: 'messages not yet sent, and any held after a crash (every message with --all)',
    positionals: [],
    flags: { all: toggle('include sent messages'), json },
    load: async () => (await import('./send.js')).outbox,
  },
  {
    name: 'outbox show',
    summary: 'one message with its check findings',
    positionals: ['MESSAGE'],
    flags: { json },
    load: async () => (await import('./send.js')).show,
  },
  {
    name: 'outbox edit',
    summary: 'change an unsent message; it is checked again and becomes a draft',
    positionals: ['MESSAGE'],
    flags: {
      subject: option('new subject', 'S'),
      'body-file': option('file with the new body (- for stdin)', 'FILE'),
      'voicemail-file': option('file with the new voicemail script', 'FILE'),
      to: option('recipient, "Name <email>"', 'PERSON'),
      address: option('postal address lines separated by ";"', 'ADDRESS'),
      json,
    },
    load: async () => (await import('./send.js')).edit,
  },
  {
    name: 'outbox confirm',
    summary: 'a held message did arrive: record it as sent',
    positionals: ['MESSAGE'],
    flags: { json },
    load: async () => (await import('./send.js')).confirm,
  },
  {
    name: 'templates',
    summary: 'list message templates, yours first',
    positionals: [],
    flags: { kind: kindFlag, channel: channelFlag, json },
    load: async () => (await import('./templates.js')).list,
  },
  {
    name: 'templates show',
    summary: 'a template, why it reads that way, and the variables',
    positionals: ['TEMPLATE'],
    flags: { json },
    load: async () => (await import('./templates.js')).show,
  },
  {
    name: 'templates add',
    summary: 'add a template of your own',
    positionals: [],
    flags: {
      ...templateFlags,
      name: required(option('a name for it', 'NAME')),
      kind: required(kindFlag),
      channel: required(option('channels it fits, e.g. email,letter', 'CHANNELS')),
      'body-file': required(option('file with the body template (- for stdin)', 'FILE')),
    },
    load: async () => (await import('./templates.js')).add,
  },
  {
    name: 'templates edit',
    summary: 'change one of your templates',
    positionals: ['TEMPLATE'],
    flags: templateFlags,
    load: async () => (await import('./templates.js')).edit,
  },
  {
    name: 'templates remove',
    summary: 'remove one of your templates',
    positionals: ['TEMPLATE'],
    flags: { json },
    load: async () => (await import('./templates.js')).remove,
  },
];
