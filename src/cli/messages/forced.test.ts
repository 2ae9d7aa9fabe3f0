import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

let home: CliHome;
beforeEach(() => {
  home = new CliHome();
});
afterEach(() => {
  home.cleanup();
});

describe('afterview outbox show, after a forced send (issue 11)', () => {
  it('shows the reason given with --force --reason, who forced it and when', () => {
    home.run(['settings', 'set', 'name', 'Sam Rivera']);
    home.run(['settings', 'set', 'email', 'sam@example.com']);
    home.run(['app', 'add', '--company', 'Northwind', '--role', 'Data Engineer']);
    home.run([
      'interview',
      'log',
      '1',
      '--at',
      '2026-03-02T13:00',
      '--interviewer',
      'Priya Shah <priya@northwind.example>',
      '--topic',
      'the pipeline',
    ]);
    const action = home
      .json<{ id: number; kind: string }[]>(['actions'])
      .find((a) => a.kind === 'thank_you');
    const draft = home.json<{ id: number }>(['draft', String(action?.id)]);
    const body = join(home.dir, 'body.txt');
    writeFileSync(body, 'Dear Priya,\n\nThank you for the talk about the pipeline. Let me know!');
    home.run(['outbox', 'edit', String(draft.id), '--body-file', body]);
    const refused = home.run(['send', String(draft.id), '--via', 'eml']);
    expect(refused.code).toBe(2);
    const sent = home.run([
      'send',
      String(draft.id),
      '--via',
      'eml',
      '--out',
      join(home.dir, 'note.eml'),
      '--force',
      '--reason',
      'she asked for a reply by e-mail',
    ]);
    expect(sent.code, sent.stderr).toBe(0);

    const show = home.run(['outbox', 'show', String(draft.id)]);
    expect(show.stdout).toMatch(
      /Sent by force: "she asked for a reply by e-mail" \(.+, on the command line, Mon 2026-03-02 17:00\)/,
    );
    const json = home.json<{ forced: { reason: string; by: string; at: string } }>([
      'outbox',
      'show',
      String(draft.id),
    ]);
    expect(json.forced.reason).toBe('she asked for a reply by e-mail');
    expect(json.forced.by).toMatch(/on the command line$/);
    expect(json.forced.at).toBe('2026-03-02T17:00:00-05:00');
  }, 60_000);
});
