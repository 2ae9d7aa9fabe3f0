import { describe, expect, it } from 'vitest';
import { errorWords, findingWords, namesCommand } from './wording.js';

describe('web wording', () => {
  it('keeps a message that names no command and has no remedy', () => {
    expect(errorWords('title is required', 'title')).toBe('title is required');
  });

  it('words a setting remedy as the place in Settings', () => {
    const said = errorWords('no SMTP server is set', 'smtp.host', {
      do: 'set_setting',
      keys: ['smtp.host', 'smtp.user'],
    });
    expect(said).toBe('no SMTP server is set: set smtp.host under Settings → Mail.');
  });

  it('rewords a message that names a command without naming it', () => {
    expect(namesCommand(errorWords('run afterview foo --bar', 'nothing'))).toBe(false);
    expect(errorWords('fix it: afterview settings set smtp.host x', 'smtp.host')).toContain(
      'Settings → Mail',
    );
  });

  it('points a recipient finding at the field of the page', () => {
    expect(
      findingWords({
        message: 'no postal address for the recipient',
        remedy: { do: 'edit_message', message_id: null, field: 'address' },
      }),
    ).toBe('no postal address for the recipient: add it in the Postal address field and save.');
    expect(
      findingWords({
        message: 'no e-mail address for the recipient',
        remedy: { do: 'edit_message', message_id: null, field: 'to' },
      }),
    ).toContain('To field');
  });
});
