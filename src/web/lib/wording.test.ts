import { describe, expect, it } from 'vitest';
import { errorWords, findingWords, namesCommand } from './wording.js';

describe('web wording', () => {
  it('keeps a message that names no command', () => {
    expect(errorWords('title is required', 'title')).toBe('title is required');
  });

  it('rewords a message that names a command by its field', () => {
    const said = errorWords(
      'no SMTP server set: afterview settings set smtp.host smtp.example.com, or send with --via eml',
      'smtp.host',
    );
    expect(said).toContain('Settings → Mail');
    expect(namesCommand(said)).toBe(false);
  });

  it('rewords a command-naming message with an unknown field without naming the command', () => {
    expect(namesCommand(errorWords('run afterview foo --bar', 'nothing'))).toBe(false);
  });

  it('rewords the recipient findings for the page', () => {
    const email = findingWords({
      rule: 'recipient',
      field: 'recipient',
      message: 'no e-mail address for the recipient: afterview outbox edit MESSAGE --to "N <e>"',
    });
    expect(email).toContain('To field');
    const postal = findingWords({
      rule: 'recipient',
      field: 'recipient',
      message: 'no postal address for the recipient: afterview outbox edit MESSAGE --address "s"',
    });
    expect(postal).toContain('Postal address');
  });
});
