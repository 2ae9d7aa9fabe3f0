import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActions } from '../actions/action-query.js';
import { markDone } from '../actions/actions.js';
import { addApplication } from '../applications/applications.js';
import { recordFromText } from '../interviews/from-text.js';
import { recordInterview, updateInterview } from '../interviews/interviews.js';
import { listOutbox, sendMessage } from '../outbox/outbox.js';
import { setSetting } from '../settings/settings.js';
import { fixture, type Fixture } from '../test/interview-fixture.js';
import { draftForAction } from './drafts.js';
import { getMessage } from './messages.js';

/**
 * Issue 11 as a new user meets it: a video interview on Friday 2026-03-06 at 14:00 in Toronto
 * where references were promised. The send-references action is due Monday 17:00.
 */
const ZONE = 'America/Toronto';
let f: Fixture;
let appId: number;
let interviewId: number;

const at = (local: string): string => new Date(`${local}-05:00`).toISOString();
const atEdt = (local: string): string => new Date(`${local}-04:00`).toISOString();

async function action(kind: string) {
  const all = await listActions(f.ctx, { application_id: appId });
  const a = all.find((x) => x.kind === kind);
  if (a === undefined) throw new Error(`no pending ${kind}`);
  return a;
}

beforeEach(async () => {
  f = await fixture({ name: 'Sam Rivera', email: 'sam@example.com' });
  f.at(at('2026-03-06T15:30'));
  appId = (await addApplication(f.ctx, { company: 'Northwind', role: 'Data Engineer' })).id;
  interviewId = (
    await recordInterview(
      f.ctx,
      recordFromText(
        ZONE,
        appId,
        {
          at: '2026-03-06T14:00',
          interviewers: ['Priya Shah <priya@northwind.example>'],
          topics: ['the data pipeline migration'],
          owe: ['references'],
        },
        'log',
      ),
    )
  ).interview.id;
});
afterEach(() => f.cleanup());

describe('a Friday thank-you with references owed', () => {
  it('promises them by Monday, and is flagged stale once they are sent before it goes', async () => {
    f.at(at('2026-03-06T16:00'));
    const thanks = await action('thank_you');
    const { message } = await draftForAction(f.ctx, thanks.id);
    expect(message.body).toContain('As promised, I will send references by Monday.');
    expect(message.body).toContain('meet with me today');
    expect(message.findings.filter((x) => x.rule === 'stale')).toEqual([]);

    // Saturday: the references go out first, the thank-you is still a draft.
    f.at(at('2026-03-07T10:00'));
    await markDone(f.ctx, (await action('send_documents')).id);
    const shown = await getMessage(f.ctx, message.id);
    const stale = shown.findings.filter((x) => x.rule === 'stale');
    // Sent on Saturday, "today" is no longer true either.
    expect(stale.map((x) => shown.body.slice(x.start, x.end))).toEqual([
      'Thank you for taking the time to meet with me today about the Data Engineer role at Northwind.',
      'As promised, I will send references by Monday.',
    ]);
    expect((await listOutbox(f.ctx)).find((m) => m.id === message.id)?.findings).toEqual(
      shown.findings,
    );
    await expect(sendMessage(f.ctx, message.id, { via: 'eml', out: f.dir })).rejects.toThrow(
      /stale: this sentence promises to send references, but you have sent it since/,
    );

    // Drafted again, it says what is true on Saturday.
    const again = await draftForAction(f.ctx, thanks.id);
    expect(again.message.body).toContain('As promised, I sent references.');
    expect(again.message.body).toContain('meet with me yesterday');
    expect(again.message.findings.filter((x) => x.rule === 'stale')).toEqual([]);
  });

  it('flags the day words when the interview is moved after drafting', async () => {
    f.at(at('2026-03-06T16:00'));
    const { message } = await draftForAction(f.ctx, (await action('thank_you')).id);
    await updateInterview(f.ctx, interviewId, { at: at('2026-03-05T14:00') });
    const shown = await getMessage(f.ctx, message.id);
    const stale = shown.findings.filter((x) => x.rule === 'stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]?.message).toMatch(
      /says you met "today", but on the day it arrives that is "yesterday"/,
    );
  });
});

describe('the follow-up drafted on 2026-03-16', () => {
  it('says the references are still to come while pending, and sent once done', async () => {
    f.at(atEdt('2026-03-16T09:00'));
    const follow = await action('follow_up');
    const before = await draftForAction(f.ctx, follow.id);
    expect(before.message.body).not.toMatch(/I have also sent references/);
    expect(before.message.body).toContain('I will also send references today, as promised.');

    await markDone(f.ctx, (await action('send_documents')).id);
    const after = await draftForAction(f.ctx, follow.id);
    expect(after.message.body).toContain('I have also sent references, as promised.');
  });
});

describe('letters and cards', () => {
  it('a letter drafted Friday speaks of "Friday", as on Monday when it is posted', async () => {
    await setSetting(f.ctx, 'thank_you.channel', 'letter');
    f.at(at('2026-03-06T16:00'));
    const letter = await action('thank_you');
    expect(letter.channel).toBe('letter');
    const { message } = await draftForAction(f.ctx, letter.id);
    expect(message.body).toContain('meet with me on Friday');
    expect(message.body).not.toMatch(/\btoday\b/);
    await f.ctx.store.messages.update(
      message.id,
      { recipientAddress: ['1 Main St', 'Toronto'] },
      f.ctx.now(),
    );
    const r = await sendMessage(f.ctx, message.id, { via: 'pdf', out: f.dir });
    expect(r.outcome).toBe('sent');
    // The plan posts it Monday at the start of the day: the CLI says so instead of "today".
    expect(r.handOverAt).toBe(atEdt('2026-03-09T09:00'));
  });

  it('a card drafted Friday for Monday says "on Friday"', async () => {
    await setSetting(f.ctx, 'thank_you.channel', 'drop_off');
    f.at(at('2026-03-06T16:00'));
    const { message } = await draftForAction(f.ctx, (await action('thank_you')).id);
    expect(message.channel).toBe('drop_off');
    expect(message.body).toMatch(/meeting with me on Friday|your time on Friday/);
    expect(message.body).not.toMatch(/\btoday\b/);
  });
});
