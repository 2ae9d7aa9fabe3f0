import { describe, expect, it } from 'vitest';
import { invalidInput } from '../domain/errors.js';
import { remedyCommand, withRemedy } from './remedy.js';

describe('remedies worded for the terminal', () => {
  it('names the command to run, with the ids it concerns', () => {
    expect(remedyCommand({ do: 'edit_message', message_id: 7, field: 'to' })).toBe(
      'afterview outbox edit 7 --to "Name <email>"',
    );
    expect(remedyCommand({ do: 'force_send', message_id: 3 })).toBe(
      'afterview send 3 --force --reason R',
    );
    expect(remedyCommand({ do: 'set_setting', keys: ['email'], example: 'you@example.com' })).toBe(
      'afterview settings set email you@example.com',
    );
    expect(remedyCommand({ do: 'debrief', interview_id: 4 })).toBe('afterview debrief 4');
  });

  it('keeps the error on one line, the command after the message', () => {
    const e = invalidInput('message 7 has no recipient e-mail address', 'to', {
      do: 'edit_message',
      message_id: 7,
      field: 'to',
    });
    const line = withRemedy(e.message, e.remedy);
    expect(line).toBe(
      'message 7 has no recipient e-mail address (afterview outbox edit 7 --to "Name <email>")',
    );
    expect(line).not.toContain('\n');
    expect(withRemedy('plain', undefined)).toBe('plain');
  });
});
