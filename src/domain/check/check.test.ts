import { describe, expect, it } from 'vitest';
import { checkMessage, hasErrors, summarize } from './check.js';
import { graphemes, lineColumn } from './text.js';
import type { CheckEnv, CheckInput, Speller } from './types.js';

/** A tiny dictionary: every word the notes below use, lower-cased. */
const DICT = new Set(
  `dear hi hello thank thanks you for your time today the a an about role at our conversation on
  i enjoyed really and it was good to hear best regards let me know any update when will hear
  looking forward hearing from patience arrived late with please of is in we talked team this
  just following up still very interested my experience would help they asked it's note
  engineer backend billing event sourcing was great meet meeting sincerely kind ms talk am here
  work or mail call this is sign other words entirely appreciated chance speak`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
const speller: Speller = {
  correct: (w) => DICT.has(w.toLowerCase()),
  suggest: (w) => (w === 'recieve' ? ['receive'] : []),
};
const env = (known: string[] = []): CheckEnv => ({
  speller,
  knownWords: new Set(known.map((k) => k.normalize('NFC').toLowerCase())),
});
const NAMES = ['priya', 'raman', 'jürgen', 'müller', 'nguyễn', 'an', 'alex', 'northwind'];

const input = (over: Partial<CheckInput> = {}): CheckInput => ({
  kind: 'thank_you',
  channel: 'email',
  subject: 'Thank you',
  body: 'Dear Priya,\n\nThank you for the conversation about event sourcing today.\n\nBest regards,\nAlex',
  voicemail: null,
  recipient: { name: 'Priya Raman', email: 'priya@northwind.example', address: [] },
  topics: ['event sourcing for billing'],
  ...over,
});
const run = (over: Partial<CheckInput> = {}, known = NAMES) =>
  checkMessage(input(over), env(known));
const rules = (over: Partial<CheckInput> = {}, known = NAMES) =>
  run(over, known).map((f) => `${f.rule}:${f.severity}`);
/** The text a finding's span covers. */
const spanned = (text: string, over: Partial<CheckInput>, rule: string): string[] =>
  run(over)
    .filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start, f.end));

describe('note check', () => {
  it('passes a personal, simple thank-you', () => {
    expect(run()).toEqual([]);
    expect(summarize([])).toBe('no problems found');
  });

  describe('addressed', () => {
    it('wants a greeting that names someone', () => {
      expect(
        rules({ body: 'Thank you for the conversation about event sourcing today.' }),
      ).toContain('addressed:warning');
      expect(
        rules({
          body: 'Dear Hiring Team,\n\nThank you for the conversation about event sourcing.',
        }),
      ).toContain('addressed:warning');
    });
    it('accepts first name, full name, title and last name, accents included', () => {
      expect(
        rules({ body: 'Dear Ms. Raman,\n\nThank you for the conversation about event sourcing.' }),
      ).toEqual([]);
      const body = 'Dear Jürgen Müller,\n\nThank you for the conversation about event sourcing.';
      expect(
        rules({ body, recipient: { name: 'Jürgen Müller', email: 'j@x.example', address: [] } }),
      ).toEqual([]);
      // The same name typed decomposed (u + combining diaeresis) is still the recipient.
      const nfd = 'Dear Mu\u0308ller,\n\nThank you for the conversation about event sourcing.';
      expect(
        rules({
          body: nfd,
          recipient: { name: 'Jürgen Müller', email: 'j@x.example', address: [] },
        }),
      ).toEqual([]);
    });
    it('flags a note greeting someone else; a colleague who gets their own note is an error', () => {
      const body = 'Dear Jürgen,\n\nThank you for the conversation about event sourcing.';
      expect(rules({ body })).toEqual(['addressed:warning']);
      const mixup = run({
        body,
        siblings: [{ name: 'Jürgen Müller', text: 'Dear Jürgen, other words entirely here.' }],
      });
      expect(mixup.map((f) => `${f.rule}:${f.severity}`)).toEqual(['addressed:error']);
      expect(body.slice(mixup[0]!.start, mixup[0]!.end)).toBe('Dear Jürgen,');
    });
    it('reads the greeting of a voicemail', () => {
      const voicemail =
        'Hi Nguyễn, this is Alex. Thank you for the conversation about event sourcing today.';
      const r = rules({
        channel: 'phone',
        subject: null,
        body: 'Call An.',
        voicemail,
        recipient: { name: 'An Nguyễn', email: null, address: [] },
      });
      expect(r).toEqual([]);
    });
  });

  it('topic: mentions something specific from the interview', () => {
    const body = 'Dear Priya,\n\nThank you for your time today.\n\nBest regards,\nAlex';
    expect(rules({ body })).toEqual(['topic:warning']);
    expect(rules({ body, topics: [] })).toEqual(['topic:info']);
    expect(
      rules({ body: body.replace('time today', 'time and the billing talk'), topics: ['billing'] }),
    ).toEqual([]);
  });

  describe('length', () => {
    const filler = ['thank', 'you', 'for', 'the', 'time'];
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => filler[i % filler.length]).join(' ');
    it('thank-you at most 200 words, follow-up 150, with the span from the first word too many', () => {
      const body = `Dear Priya, event sourcing ${many(200)}`;
      const f = run({ body }).find((x) => x.rule === 'length');
      expect(f?.severity).toBe('warning');
      expect(f?.message).toMatch(/204 words; keep a thank-you note to 200/);
      expect(f?.start).toBe(body.split(' ').slice(0, 200).join(' ').length + 1);
      expect(f?.end).toBe(body.length);
      expect(
        rules({ kind: 'follow_up', body: `Dear Priya, event sourcing ${many(146)}` }),
      ).not.toContain('length:warning');
      expect(
        rules({ kind: 'follow_up', body: `Dear Priya, event sourcing ${many(147)}` }),
      ).toContain('length:warning');
    });
    it('voicemail at most 75 words', () => {
      const vm = (n: number) => `Hi Priya, event sourcing ${many(n)}`;
      const base = { channel: 'phone' as const, subject: null, body: 'Call Priya.' };
      expect(rules({ ...base, voicemail: vm(71) })).toEqual([]);
      expect(rules({ ...base, voicemail: vm(72) })).toEqual(['length:warning']);
    });
    it('LinkedIn at most 300 characters, counted as people count them, and it blocks', () => {
      const head = 'Hi Priya, thank you. Event sourcing ';
      // A decomposed é (e + combining accent) is one character to the reader.
      const ok = head + 'e\u0301'.repeat(300 - graphemes(head).length);
      expect(rules({ channel: 'linkedin', subject: null, body: ok })).toEqual(['spelling:warning']);
      const r = run({ channel: 'linkedin', subject: null, body: `${ok}!` }).filter(
        (f) => f.rule === 'length',
      );
      expect(r.map((f) => f.severity)).toEqual(['error']);
      expect(r[0]!.start).toBe(ok.length);
    });
  });

  it('no_request: a thank-you asks for nothing (seed 001), with the phrase spanned', () => {
    const body =
      'Dear Priya,\n\nThank you for the talk about event sourcing. Please let me know any update. I am looking forward to hearing from you.';
    expect(spanned(body, { body }, 'no_request')).toEqual([
      'let me know',
      'any update',
      'looking forward to hearing',
    ]);
    const found = run({ body }).filter((f) => f.rule === 'no_request');
    expect(found.map((f) => f.severity)).toEqual(['error', 'error', 'warning']);
    expect(rules({ body, kind: 'follow_up' })).not.toContain('no_request:error');
  });

  it('placeholder: nothing of a template is left', () => {
    const body = 'Dear [Name],\n\nThank you for {{topic}} at <company>. TODO sign\n\nAlex';
    expect(spanned(body, { body }, 'placeholder')).toEqual([
      '[Name]',
      '{{topic}}',
      '<company>',
      'TODO',
    ]);
    expect(hasErrors(run({ body }))).toBe(true);
  });

  describe('spelling', () => {
    it('flags unknown words with their span and a suggestion', () => {
      const body = 'Dear Priya,\n\nThank you for event sourcing. I recieve it.';
      const f = run({ body }).filter((x) => x.rule === 'spelling');
      expect(f).toHaveLength(1);
      expect(body.slice(f[0]!.start, f[0]!.end)).toBe('recieve');
      expect(f[0]!.message).toContain('did you mean "receive"');
      expect(f[0]!.severity).toBe('warning');
    });
    it('knows the names of your own data, accented or decomposed, possessives and compounds too', () => {
      const body =
        "Dear Jürgen,\n\nThank you, Mu\u0308ller and Nguyễn's team at Northwind, for event sourcing.";
      const recipient = { name: 'Jürgen Müller', email: 'j@x.example', address: [] };
      expect(rules({ body, recipient })).toEqual([]);
      expect(rules({ body, recipient }, [])).toEqual([
        'spelling:warning',
        'spelling:warning',
        'spelling:warning',
        'spelling:warning',
      ]);
      const spans = run({ body, recipient }, []).map((x) => body.slice(x.start, x.end));
      expect(spans).toEqual(['Jürgen', 'Mu\u0308ller', 'Nguyễn', 'Northwind']);
    });
    it('skips acronyms, numbers, addresses and links', () => {
      const body =
        'Dear Priya,\n\nThank you for event sourcing with SQL on 3rd. Mail an@example.com or https://x.example/qq';
      expect(rules({ body })).toEqual([]);
    });
  });

  it('repeated_word', () => {
    const body = 'Dear Priya,\n\nThank you for the the talk on event sourcing.';
    expect(spanned(body, { body }, 'repeated_word')).toEqual(['the the']);
  });

  describe('timing', () => {
    const zone = 'America/Toronto';
    it('warns when a thank-you is past its 24-hour window', () => {
      expect(
        rules({ now: '2026-03-03T20:00:00Z', zone, thankYouLatest: '2026-03-03T19:00:00Z' }),
      ).toEqual(['timing:warning']);
      expect(
        rules({ now: '2026-03-03T18:00:00Z', zone, thankYouLatest: '2026-03-03T19:00:00Z' }),
      ).toEqual([]);
    });
    it('refuses a follow-up before the date the interviewer gave (local date)', () => {
      const body = 'Dear Priya,\n\nI am just following up about event sourcing.\n\nAlex';
      const f = { kind: 'follow_up' as const, body, zone, followUpOn: '2026-03-10' };
      // 23:30 on the 9th in Toronto is already the 10th in UTC: still too early.
      expect(rules({ ...f, now: '2026-03-10T03:30:00Z' })).toEqual(['timing:error']);
      expect(rules({ ...f, now: '2026-03-10T14:00:00Z' })).toEqual([]);
    });
  });

  it('late_thanks: when you were late, thank them for their patience (seed 002)', () => {
    expect(rules({ late: true })).toEqual(['late_thanks:warning']);
    const body =
      'Dear Priya,\n\nThank you for your patience and for the talk about event sourcing.';
    expect(rules({ late: true, body })).toEqual([]);
  });

  it('documents: a documents message names what it sends', () => {
    const body = 'Dear Priya,\n\nHere is my work.';
    expect(rules({ kind: 'documents', body, documents: ['references'] })).toEqual([
      'documents:warning',
    ]);
  });

  describe('same_text: two interviewers at one company never get the same note', () => {
    const mine =
      'Dear Priya,\n\nThank you for the conversation about event sourcing today.\n\nBest regards,\nAlex';
    it('the same words but the names is an error', () => {
      const theirs = mine.replace('Priya', 'Jürgen');
      expect(rules({ siblings: [{ name: 'Jürgen Müller', text: theirs }] })).toEqual([
        'same_text:error',
      ]);
    });
    it('different notes pass', () => {
      const theirs =
        'Hello Jürgen,\n\nI appreciated the chance to speak with you about your billing work.';
      expect(rules({ siblings: [{ name: 'Jürgen Müller', text: theirs }] })).toEqual([]);
    });
  });

  it('delivery: an e-mail needs an address and a subject; a letter a postal address', () => {
    const noEmail = { name: 'Priya Raman', email: null, address: [] };
    expect(rules({ recipient: noEmail })).toEqual(['recipient:error']);
    expect(rules({ subject: ' ' })).toEqual(['subject:error']);
    expect(rules({ channel: 'letter', subject: null })).toEqual(['recipient:error']);
    expect(rules({ recipient: noEmail, delivery: false })).toEqual([]);
    expect(rules({ body: '  ' })).toContain('empty:error');
  });

  it('orders findings by field, then position; summarizes', () => {
    const body = 'Dear Priya,\n\nThank you TODO for event sourcing. Let me know.';
    const f = run({ body, subject: 'Thanx' });
    expect(f.map((x) => `${x.field}:${x.rule}`)).toEqual([
      'subject:spelling',
      'body:placeholder',
      'body:no_request',
    ]);
    expect(summarize(f)).toBe('2 errors, 1 warning');
  });

  it('gives line and column for editors', () => {
    expect(lineColumn('ab\ncdé\nf', 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn('ab\ncdé\nf', 5)).toEqual({ line: 2, column: 3 });
  });
});
