import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftForAction } from './drafts.js';
import { editMessage } from './messages.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';
import { addTemplate } from './templates.js';

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(async () => {
  await f.cleanup();
});

describe('drafting from an interview', () => {
  it('fills a thank-you from the interview and checks it: personal, late line, topic, documents', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    const action = byKind('thank_you', 0);
    const { message: m, created } = await draftForAction(f.ctx, action.id);
    expect(created).toBe(true);
    expect(m).toMatchObject({
      kind: 'thank_you',
      channel: 'email',
      state: 'draft',
      actionId: action.id,
    });
    expect(m.recipientName).toBe('Priya Raman');
    expect(m.recipientEmail).toBe('priya@northwind.example');
    expect(m.body).toMatch(/^Dear Priya,/);
    expect(m.body).toContain('Backend Engineer role at Northwind Traders');
    expect(m.body).toContain('patience');
    expect(m.body).toContain('event sourcing for billing');
    expect(m.body).toContain('my references');
    expect(m.findings).toEqual([]);
    expect((await f.ctx.store.actions.get(action.id))?.messageId).toBe(m.id);
  });

  it('gives two interviewers at one company different texts, in any drafting order', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    const b = (await draftForAction(f.ctx, byKind('thank_you', 1).id)).message;
    const a = (await draftForAction(f.ctx, byKind('thank_you', 0).id)).message;
    expect(a.templateId).not.toBe(b.templateId);
    expect(b.body).toContain('Jürgen');
    expect(b.body).toContain('on-call rotations');
    expect(a.body.replace('Priya', 'X')).not.toBe(b.body.replace('Jürgen', 'X'));
    expect([...a.findings, ...b.findings].filter((x) => x.rule === 'same_text')).toEqual([]);
  });

  it('drafts a call script and voicemail, a LinkedIn note, and an outreach', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    const call = (await draftForAction(f.ctx, byKind('follow_up').id, { channel: 'phone' }))
      .message;
    expect(call.body).toMatch(/^Call Priya Raman at Northwind Traders\./);
    expect(call.voicemail?.split(/\s+/).length).toBeLessThanOrEqual(75);
    const li = (await draftForAction(f.ctx, byKind('send_documents').id, { channel: 'linkedin' }))
      .message;
    expect(li.body.length).toBeLessThanOrEqual(300);
    const out = (
      await draftForAction(f.ctx, byKind('network').id, { to: 'Sam Lee <sam@northwind.example>' })
    ).message;
    expect(out).toMatchObject({ kind: 'outreach', recipientName: 'Sam Lee' });
    expect(out.body).toMatch(/^Hi Sam,/);
  });

  it('drafts again over an unsent draft, and a chosen template', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    const id = byKind('thank_you').id;
    const first = (await draftForAction(f.ctx, id)).message;
    const again = await draftForAction(f.ctx, id, { template: 'thank_you/brief' });
    expect(again.created).toBe(false);
    expect(again.message.id).toBe(first.id);
    expect(again.message.templateId).toBe('thank_you/brief');
    await expect(draftForAction(f.ctx, id, { template: 'follow_up/match' })).rejects.toThrow(
      /is for follow_up/,
    );
  });

  it('uses your own template first', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    const t = await addTemplate(f.ctx, {
      name: 'mine',
      kind: 'thank_you',
      channel: 'email',
      subject: 'Thanks, {{first_name}}',
      body: 'Dear {{first_name}},\n\nThank you for talking about {{topic}}.{{#late}} Thanks for your patience.{{/late}}\n\n{{signature}}',
    });
    const m = (await draftForAction(f.ctx, byKind('thank_you').id)).message;
    expect(m.templateId).toBe(t.id);
    expect(m.subject).toBe('Thanks, Priya');
  });

  it('edits and re-checks; the findings follow the text', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    const m = (await draftForAction(f.ctx, byKind('thank_you').id)).message;
    const edited = await editMessage(f.ctx, m.id, {
      body: 'Dear Priya,\n\nThanks! Let me know [date].',
    });
    expect(edited.findings.map((x) => `${x.rule}:${x.severity}`)).toEqual(
      expect.arrayContaining([
        'no_request:error',
        'placeholder:error',
        'topic:warning',
        'late_thanks:warning',
      ]),
    );
  });

  it('refuses actions without a message, or no longer pending', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    await expect(draftForAction(f.ctx, byKind('debrief').id)).rejects.toThrow(
      /has no message to draft/,
    );
    await expect(draftForAction(f.ctx, 999)).rejects.toThrow(/action 999 does not exist/);
  });
});
