import { describe, expect, it } from 'vitest';
import { checkMessage } from '../domain/check/check.js';
import { fold, words } from '../domain/check/text.js';
import { compose } from '../domain/compose/compose.js';
import { BUILTIN_TEMPLATES } from '../domain/compose/templates/index.js';
import type { ComposeFacts } from '../domain/compose/types.js';
import { loadSpeller } from './spelling.js';

describe('en-US spelling (nspell + dictionary-en)', () => {
  it('loads once per process', () => {
    expect(loadSpeller()).toBe(loadSpeller());
  });

  it('knows English and US spelling, and suggests', () => {
    const s = loadSpeller();
    for (const w of ['thank', 'Thank', "don't", 'color', 'interview', 'opportunity'])
      expect(s.correct(w), w).toBe(true);
    for (const w of ['recieve', 'teh', 'oportunity']) expect(s.correct(w), w).toBe(false);
    expect(s.suggest('recieve')).toContain('receive');
  });

  it('checks notes to Müller and Nguyễn: their names are known words, a typo is not', () => {
    const known = new Set(['jürgen', 'müller', 'nguyễn', 'văn', 'an', 'northwind'].map(fold));
    const body =
      'Dear Mr. Müller,\n\nThank you for the conversation about event sourcing at Northwind. Nguyễn Văn An mentioned your work. I recieve it.\n\nBest regards,\nAn';
    const findings = checkMessage(
      {
        kind: 'thank_you',
        channel: 'email',
        subject: 'Thank you',
        body,
        voicemail: null,
        recipient: { name: 'Jürgen Müller', email: 'jm@northwind.example', address: [] },
        topics: ['event sourcing'],
      },
      { speller: loadSpeller(), knownWords: known },
    );
    expect(findings.map((f) => [f.rule, body.slice(f.start, f.end)])).toEqual([
      ['spelling', 'recieve'],
    ]);
    expect(findings[0]?.message).toContain('"receive"');
  });
});

describe('every built-in template passes the check', () => {
  const full: ComposeFacts = {
    kind: 'thank_you',
    channel: 'email',
    recipient: { name: 'Nguyễn Thị Minh', email: 'minh@northwind.example', title: null },
    company: 'Northwind Traders',
    role: 'Senior Backend Engineer',
    interview: {
      start: '2026-03-02T18:00:00Z',
      kind: 'onsite',
      late: true,
      topics: ['event sourcing for the billing platform'],
      documentsOwed: ['my references'],
      nextSteps: 'second round with the CTO',
      decisionBy: '2026-03-06',
      notes: null,
    },
    notes: null,
    sender: {
      name: 'Jürgen Müller',
      signature: '',
      email: 'jm@example.com',
      phone: '+1 416 555 0100',
      skills: ['PostgreSQL', 'event sourcing', 'Kubernetes'],
    },
    slot: 0,
    now: '2026-03-02T22:00:00Z',
    zone: 'America/Toronto',
  };
  const bare: ComposeFacts = {
    ...full,
    recipient: null,
    interview: { ...full.interview!, late: false, topics: [], documentsOwed: ['a writing sample'] },
    sender: { ...full.sender, phone: '', skills: [] },
  };
  const known = new Set(
    [
      'Nguyễn Thị Minh',
      'Jürgen Müller',
      'Northwind Traders',
      'Senior Backend Engineer',
      'PostgreSQL',
      'Kubernetes',
      'CTO',
    ]
      .flatMap((n) => words(n))
      .map((w) => fold(w.text)),
  );
  const cases = BUILTIN_TEMPLATES.flatMap((t) =>
    t.channels.flatMap((channel) => [
      { name: `${t.id} ${channel} (everything known)`, t, f: { ...full, kind: t.kind, channel } },
      { name: `${t.id} ${channel} (little known)`, t, f: { ...bare, kind: t.kind, channel } },
    ]),
  );

  it.each(cases)('$name', ({ t, f }) => {
    const c = compose(t, f);
    const findings = checkMessage(
      {
        kind: t.kind,
        channel: f.channel,
        subject: f.channel === 'email' ? c.subject : null,
        body: c.body,
        voicemail: c.voicemail,
        topics: f.interview?.topics ?? [],
        late: f.interview?.late ?? false,
        documents: f.interview?.documentsOwed ?? [],
      },
      { speller: loadSpeller(), knownWords: known },
    );
    // Only the "no topic recorded" note and, for a team note, "no one in particular" may remain.
    const left = findings.filter(
      (x) => !(x.rule === 'topic' && x.severity === 'info') && x.rule !== 'addressed',
    );
    expect(left, `${c.subject}\n${c.body}\n${c.voicemail ?? ''}`).toEqual([]);
  });
});
