import type { Remedy } from '../../domain/errors.js';

/**
 * The web app's words for what the user can do about an error or a check finding. The server
 * says what went wrong and, as data, the remedy (docs/architecture.md: each edge words it for its
 * own user); here a remedy points at the place in the app where the user fixes it. No text on
 * screen ever tells the user to run a command.
 */

/** A CLI command or flag inside a sentence. */
const NAMES_COMMAND = /\bafterview [a-z]|(^|\s)--[a-z]|`afterview/;

export const namesCommand = (text: string): boolean => NAMES_COMMAND.test(text);

/** Where each setting lives on the Settings page. */
const SECTION_OF: Readonly<Record<string, string>> = {
  email: 'Profile',
  name: 'Profile',
  address: 'Profile',
  'digest.to': 'Digest',
};

const settingPlace = (key: string): string =>
  `Settings → ${SECTION_OF[key] ?? (key.startsWith('smtp.') || key.startsWith('mail.') ? 'Mail' : 'Settings')}`;

/** What to do, in the web app's words, or null when the remedy needs no words here. */
export function remedyWords(r: Remedy | null | undefined): string | null {
  if (r === null || r === undefined) return null;
  switch (r.do) {
    case 'edit_message':
      return `add it in the ${r.field === 'to' ? 'To' : 'Postal address'} field and save`;
    case 'set_setting': {
      const key = r.keys[0] ?? '';
      return `set ${key} under ${settingPlace(key)}`;
    }
    case 'save_eml':
      return 'or download the e-mail as an .eml file and send it from your own mail program';
    case 'force_send':
      return 'fix what the check found first';
    case 'confirm_or_resend':
    case 'review_outbox':
      return 'look in your Sent folder before sending it again';
    case 'debrief':
      return 'write its debrief instead';
    case 'add_template':
    case 'copy_template':
      return 'choose another channel';
    case 'add_word':
      return `if "${r.word}" is right, add it to your words under Settings → Letters`;
  }
}

/** By the API error's `field`, for an older message that still names a command. */
const BY_FIELD: Readonly<Record<string, string>> = {
  'smtp.host':
    'No mail server is set up yet: add it under Settings → Mail, or download the e-mail as an .eml file.',
  email: 'Add your own e-mail address under Settings → Profile first.',
  to: 'This message has no e-mail address for the recipient: add one in the To field and save.',
};

/** A sentence and its remedy, joined once. */
const withRemedy = (message: string, remedy: Remedy | null | undefined): string => {
  const r = remedyWords(remedy);
  return r === null ? message : `${message.replace(/[.:]\s*$/, '')}: ${r}.`;
};

/** The sentence to show for an API error. */
export function errorWords(message: string, field: string | null, remedy?: Remedy | null): string {
  if (!namesCommand(message)) return withRemedy(message, remedy);
  const byField = field === null ? undefined : BY_FIELD[field];
  return byField ?? 'Afterview could not do that: check the fields on this page and try again.';
}

/** The sentence to show for a check finding. */
export function findingWords(f: { message: string; remedy?: Remedy | null }): string {
  const message = namesCommand(f.message) ? f.message.replace(/:[^:]*afterview.*$/, '') : f.message;
  return withRemedy(message, f.remedy);
}
