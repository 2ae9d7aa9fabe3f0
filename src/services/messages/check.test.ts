import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkText } from './check.js';
import { draftForAction } from './drafts.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(async () => {
  await f.cleanup();
});

describe('checking a note from a file', () => {
  it('reads a Subject line and reports spans in the file', async () => {
    const text = 'Subject: Thanx\n\nDear Priya,\n\nThank you TODO.';
    const r = await checkText(f.ctx, text, { kind: 'thank_you' });
    expect(r.subject).toBe('Thanx');
    expect(r.subjectOffset).toBe('Subject: '.length);
    expect(r.bodyOffset).toBe('Subject: Thanx\n\n'.length);
    const placeholder = r.findings.find((x) => x.rule === 'placeholder');
    expect(
      text.slice(r.bodyOffset + (placeholder?.start ?? 0), r.bodyOffset + (placeholder?.end ?? 0)),
    ).toBe('TODO');
    // Without an action there is no recipient or topic to hold it to, and no delivery to check.
    expect(r.findings.map((x) => x.rule)).toEqual(['spelling', 'spelling', 'placeholder']);
  });

  it('with --action, knows the recipient, the topics, the late arrival and your own words', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    await draftForAction(f.ctx, byKind('thank_you', 0).id); // Priya gets her own note
    const action = String(byKind('thank_you', 1).id);
    const r = await checkText(f.ctx, 'Dear Priya,\n\nThank you for your time today.\n\nAlex', {
      kind: 'thank_you',
      action,
    });
    expect(r.findings.map((x) => `${x.rule}:${x.severity}`)).toEqual([
      'addressed:error',
      'late_thanks:warning',
      'topic:warning',
    ]);
    const ok = await checkText(
      f.ctx,
      'Dear Jürgen,\n\nThank you for your patience, and for the talk about on-call rotations at Northwind.\n\nAlex',
      { action },
    );
    expect(ok.findings).toEqual([]);
  });

  it('refuses an unknown kind or channel', async () => {
    await expect(checkText(f.ctx, 'x', { kind: 'poem' })).rejects.toThrow(/unknown kind "poem"/);
    await expect(checkText(f.ctx, 'x', { channel: 'fax' })).rejects.toThrow(
      /unknown channel "fax"/,
    );
  });
});
