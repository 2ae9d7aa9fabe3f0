import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, type Fixture } from '../test/interview-fixture.js';
import {
  addTemplate,
  editTemplate,
  getTemplate,
  listTemplates,
  removeTemplate,
} from './templates.js';

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(async () => {
  await f.cleanup();
});

describe('templates', () => {
  it('lists built-ins by kind and channel, yours first', async () => {
    const mine = await addTemplate(f.ctx, {
      name: 'short thanks',
      kind: 'thank_you',
      channel: 'email,letter',
      body: 'Dear {{first_name}}, thank you. {{signature}}',
    });
    const list = await listTemplates(f.ctx, { kind: 'thank_you', channel: 'letter' });
    expect(list[0]?.id).toBe(mine.id);
    expect(list.map((t) => t.id)).toContain('thank_you/conversation');
    expect(list.every((t) => t.kind === 'thank_you' && t.channels.includes('letter'))).toBe(true);
  });

  it('copies a built-in to adapt, then edits and removes it', async () => {
    const copy = await addTemplate(f.ctx, { name: 'my brief', from: 'thank_you/brief' });
    expect(copy).toMatchObject({
      kind: 'thank_you',
      builtin: false,
      id: expect.stringMatching(/^user:\d+$/) as string,
    });
    expect(copy.body).toBe((await getTemplate(f.ctx, 'thank_you/brief')).body);
    const edited = await editTemplate(f.ctx, 'my brief', { subject: 'Thanks, {{first_name}}' });
    expect(edited.subject).toBe('Thanks, {{first_name}}');
    expect((await getTemplate(f.ctx, copy.id.replace('user:', ''))).name).toBe('my brief');
    await removeTemplate(f.ctx, copy.id);
    await expect(getTemplate(f.ctx, copy.id)).rejects.toThrow(/does not exist/);
  });

  it('refuses bad templates, clashing names, and changes to built-ins', async () => {
    await expect(
      addTemplate(f.ctx, { name: 'x', kind: 'thank_you', body: 'Hi {{frist_name}}' }),
    ).rejects.toThrow(/unknown variable \{\{frist_name\}\}/);
    await expect(
      addTemplate(f.ctx, { name: 'x', kind: 'thank_you', body: 'Hi {{#late}}' }),
    ).rejects.toThrow(/never closed/);
    await expect(addTemplate(f.ctx, { name: 'x', body: 'Hi' })).rejects.toThrow(/kind is required/);
    await expect(
      addTemplate(f.ctx, { name: 'x', kind: 'follow_up', channel: 'phone', body: 'Call.' }),
    ).rejects.toThrow(/voicemail is required/);
    await addTemplate(f.ctx, { name: 'x', kind: 'thank_you', body: 'Hi {{first_name}}' });
    await expect(addTemplate(f.ctx, { name: 'x', kind: 'thank_you', body: 'Hi' })).rejects.toThrow(
      /exists already/,
    );
    await expect(editTemplate(f.ctx, 'thank_you/brief', { body: 'Hi' })).rejects.toThrow(
      /built in and read-only/,
    );
    await expect(removeTemplate(f.ctx, 'thank_you/brief')).rejects.toThrow(
      /built in and read-only/,
    );
  });
});
