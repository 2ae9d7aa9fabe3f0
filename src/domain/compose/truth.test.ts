import { describe, expect, it } from 'vitest';
import { checkMessage } from '../check/check.js';
import { parseDateTime } from '../time.js';
import type { Channel } from '../types.js';
import { compose } from './compose.js';
import { deliveryTime, documentsBy, interviewWhen } from './delivery.js';
import { builtinTemplate } from './templates/index.js';
import type { ComposeFacts, DocumentFact, Template } from './types.js';

/**
 * Issue 11: every sentence true on the day it arrives. A Friday 2026-03-06 14:00 interview in
 * Toronto where references were promised; the send-references action is due Monday 17:00.
 */
const ZONE = 'America/Toronto';
const at = (s: string): string => parseDateTime(s, ZONE);
const FRIDAY = at('2026-03-06T14:00');
const MONDAY_DUE = at('2026-03-09T17:00');
const KEY = 'send_documents:i1:references';

const owed = (sent = false): DocumentFact[] => [
  { item: 'references', key: KEY, sent, due: MONDAY_DUE },
];

function facts(over: Partial<ComposeFacts> & { channel?: Channel } = {}): ComposeFacts {
  const now = over.now ?? at('2026-03-06T16:00');
  return {
    kind: 'thank_you',
    channel: 'email',
    recipient: { name: 'Priya Shah', email: 'priya@northwind.example', title: null },
    company: 'Northwind',
    role: 'Data Engineer',
    interview: {
      start: FRIDAY,
      kind: 'video',
      late: false,
      topics: ['the data pipeline migration'],
      documentsOwed: ['references'],
      nextSteps: null,
      decisionBy: null,
      notes: null,
    },
    notes: null,
    sender: { name: 'Sam Rivera', signature: '', email: 'sam@example.com', phone: '', skills: [] },
    slot: 0,
    now,
    zone: ZONE,
    interviewId: 1,
    documents: owed(),
    ...over,
  };
}

const draft = (id: string, f: ComposeFacts) => compose(builtinTemplate(id) as Template, f);

describe('the Friday thank-you with references owed (case 1)', () => {
  it('promises the references by the weekday their action is due, not "by tomorrow"', () => {
    const c = draft('thank_you/conversation', facts());
    expect(c.body).toContain('meet with me today about the Data Engineer role');
    expect(c.body).toContain('As promised, I will send references by Monday.');
    expect(c.body).not.toMatch(/tomorrow/);
    expect(c.claims).toEqual([
      {
        fact: 'document',
        subject: KEY,
        said: 'owed',
        text: 'As promised, I will send references by Monday.',
        item: 'references',
      },
      expect.objectContaining({ fact: 'interview_day', subject: '1', said: 'today' }),
    ]);
    for (const id of ['thank_you/insight', 'thank_you/brief']) {
      const other = draft(id, facts());
      expect(other.body, id).toMatch(/by Monday/);
      expect(other.body, id).not.toMatch(/shortly|tomorrow/);
    }
  });

  it('says the references went out once their action is done', () => {
    const c = draft('thank_you/conversation', facts({ documents: owed(true) }));
    expect(c.body).toContain('As promised, I sent references.');
    expect(c.body).not.toMatch(/will send/);
  });
});

describe('the follow-up on 2026-03-16 (case 2)', () => {
  const monday16 = at('2026-03-16T10:00');
  it('does not claim the references were sent while their action is pending', () => {
    const c = draft('follow_up/match', facts({ kind: 'follow_up', now: monday16 }));
    expect(c.body).not.toMatch(/I have also sent references/);
    expect(c.body).toContain('I will also send references today, as promised.');
    expect(c.body).toContain('our video call on March 6');
  });
  it('says they were sent once the action is done', () => {
    const c = draft(
      'follow_up/match',
      facts({ kind: 'follow_up', now: monday16, documents: owed(true) }),
    );
    expect(c.body).toContain('I have also sent references, as promised.');
  });
});

describe('letters and cards speak of the day they are posted or dropped off (case 3)', () => {
  const fridayEvening = at('2026-03-06T16:00');
  const mondayMorning = at('2026-03-09T09:00');
  it('a letter posted Monday says "on Friday", never "today"', () => {
    const deliverAt = deliveryTime('letter', fridayEvening, mondayMorning);
    expect(deliverAt).toBe(mondayMorning);
    const c = draft('thank_you/conversation', facts({ channel: 'letter', deliverAt }));
    expect(c.body).toContain('meet with me on Friday about');
    expect(c.body).toContain('I will send references by Monday.');
    expect(c.body).not.toMatch(/\btoday\b/);
    // Posted the same day it would still name the day: a letter is read days later.
    expect(interviewWhen(FRIDAY, fridayEvening, ZONE, 'letter')).toBe('on Friday');
  });
  it('a card dropped off Monday says "on Friday"; one dropped off Saturday says "yesterday"', () => {
    const deliverAt = deliveryTime('drop_off', fridayEvening, mondayMorning);
    const c = draft('thank_you/card', facts({ channel: 'drop_off', deliverAt }));
    expect(c.body).toContain('Thank you for meeting with me on Friday.');
    expect(interviewWhen(FRIDAY, at('2026-03-07T10:00'), ZONE, 'drop_off')).toBe('yesterday');
  });
  it('an e-mail goes when sent; a past due time does not hold a letter back', () => {
    expect(deliveryTime('email', fridayEvening, mondayMorning)).toBe(fridayEvening);
    expect(deliveryTime('letter', at('2026-03-10T12:00'), mondayMorning)).toBe(
      at('2026-03-10T12:00'),
    );
  });
  it('words the promise by the day it is due, seen from the day it arrives', () => {
    expect(documentsBy(MONDAY_DUE, fridayEvening, ZONE)).toBe('by Monday');
    expect(documentsBy(MONDAY_DUE, at('2026-03-09T08:00'), ZONE)).toBe('today');
    expect(documentsBy(MONDAY_DUE, at('2026-03-11T08:00'), ZONE)).toBe('today');
    expect(documentsBy(at('2026-03-20T17:00'), fridayEvening, ZONE)).toBe('by March 20');
    expect(documentsBy(null, fridayEvening, ZONE)).toBe('shortly');
  });
});

describe('the stale check', () => {
  const env = { speller: null, knownWords: new Set<string>() };
  it('marks the sentence of an unsent draft whose document has been sent since', () => {
    const c = draft('thank_you/conversation', facts());
    const claims = c.claims.map((claim) => ({
      claim,
      now: claim.fact === 'document' ? 'sent' : claim.said,
    }));
    const input = { kind: 'thank_you' as const, channel: 'email' as const, subject: null };
    const findings = checkMessage({ ...input, body: c.body, voicemail: null, claims }, env).filter(
      (f) => f.rule === 'stale',
    );
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f?.severity).toBe('error');
    expect(c.body.slice(f?.start, f?.end)).toBe('As promised, I will send references by Monday.');
    expect(f?.message).toMatch(/promises to send references, but you have sent it since/);
  });
  it('marks the day words when the interview moved or the note goes out later', () => {
    const c = draft('thank_you/conversation', facts());
    const claims = c.claims.map((claim) => ({
      claim,
      now: claim.fact === 'interview_day' ? 'yesterday' : claim.said,
    }));
    const findings = checkMessage(
      { kind: 'thank_you', channel: 'email', subject: null, body: c.body, voicemail: null, claims },
      env,
    ).filter((f) => f.rule === 'stale');
    expect(findings.map((f) => c.body.slice(f.start, f.end))).toEqual([
      'Thank you for taking the time to meet with me today about the Data Engineer role at Northwind.',
    ]);
    // A sentence the seeker rewrote is theirs: nothing to mark.
    const edited = c.body.replace('meet with me today', 'meet with me on Friday');
    expect(
      checkMessage(
        {
          kind: 'thank_you',
          channel: 'email',
          subject: null,
          body: edited,
          voicemail: null,
          claims,
        },
        env,
      ).filter((f) => f.rule === 'stale'),
    ).toEqual([]);
  });
});
