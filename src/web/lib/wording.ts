/**
 * The web app's words for what the server says in the command line's words. Services name the
 * field at fault and each edge words it for its own user (docs/architecture.md); a few older
 * messages and check findings still name a command, so the web app rewords those by their field
 * or rule, pointing at the place in the app where the user fixes it. No text on screen ever
 * tells the user to run a command.
 */

/** A CLI command or flag inside a sentence. */
const NAMES_COMMAND = /\bafterview [a-z]|(^|\s)--[a-z]|`afterview/;

export const namesCommand = (text: string): boolean => NAMES_COMMAND.test(text);

/** By the API error's `field`. */
const BY_FIELD: Readonly<Record<string, string>> = {
  'smtp.host':
    'No mail server is set up yet: add it under Settings → Mail, or download the e-mail as a file and send it from your own mail program.',
  'smtp.password': 'Your mail server needs a password: add it under Settings → Mail.',
  email: 'Add your own e-mail address under Settings → Profile first.',
  to: 'This message has no e-mail address for the recipient: add one in the To field and save.',
  address: 'This letter has no postal address: add one in the Postal address field and save.',
  channel: 'There is no template for this message on that channel: choose another channel.',
  interview: 'This interview has already happened: write its debrief instead.',
  message:
    'This message cannot be sent as it is: fix the errors the check shows, or it may already be on its way (check your Sent folder).',
};

/** By the check finding's `rule` (the finding names the recipient field). */
const BY_RULE: Readonly<Record<string, string>> = {
  recipient: 'the recipient is missing an address: add it above and save.',
};

/** The sentence to show for an API error. */
export function errorWords(message: string, field: string | null): string {
  if (!namesCommand(message)) return message;
  const byField = field === null ? undefined : BY_FIELD[field];
  return byField ?? 'Afterview could not do that: check the fields on this page and try again.';
}

/** The sentence to show for a check finding. */
export function findingWords(f: { rule: string; message: string; field: string }): string {
  if (!namesCommand(f.message)) return f.message;
  if (f.rule === 'recipient' && f.message.includes('postal')) {
    return 'no postal address for the recipient: add it in the Postal address field and save.';
  }
  if (f.rule === 'recipient') {
    return 'no e-mail address for the recipient: add it in the To field and save.';
  }
  return BY_RULE[f.rule] ?? f.message.replace(/:[^:]*\bafterview\b.*$/, '.');
}
