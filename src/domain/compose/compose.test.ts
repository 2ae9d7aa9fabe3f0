import { describe, expect, it } from 'vitest';
import { CHANNELS, MESSAGE_KINDS, SEEDS } from '../types.js';
import { candidatesFor, chooseTemplate, forSequence } from './choose.js';
import { compose, templateProblems } from './compose.js';
import { messageKindFor, channelFor } from './kinds.js';
import { renderTemplate, TemplateSyntaxError, parseTemplate } from './render.js';
import { BUILTIN_TEMPLATES, builtinTemplate } from './templates/index.js';
import type { ComposeFacts, Template } from './types.js';
import { interviewWhen, matchingSkills, templateVars } from './vars.js';

const facts = (over: Partial<ComposeFacts> = {}): ComposeFacts => ({
  kind: 'thank_you',
  channel: 'email',
  recipient: { name: 'Priya Raman', email: 'priya@northwind.example', title: null },
  company: 'Northwind Traders',
  role: 'Backend Engineer',
  interview: {
    start: '2026-03-02T18:00:00Z',
    kind: 'video',
    late: false,
    topics: ['event sourcing for billing', 'on-call rotations'],
    documentsOwed: [],
    nextSteps: null,
    decisionBy: '2026-03-06',
    notes: null,
  },
  notes: null,
  sender: {
    name: 'Alex Doe',
    signature: '',
    email: 'alex@example.com',
    phone: '',
    skills: ['Go', 'PostgreSQL', 'event sourcing'],
  },
  slot: 0,
  now: '2026-03-02T22:00:00Z',
  zone: 'America/Toronto',
  ...over,
});

describe('template language', () => {
  it('fills variables and sections, and tidies what empty sections leave', () => {
    const src =
      'Hi {{name}},{{#late}} sorry I was late.{{/late}}{{^late}} hello.{{/late}}\n\n\n\n{{#topic}}About {{topic}} .{{/topic}}';
    expect(renderTemplate(src, { name: 'Ana', late: '', topic: '' })).toBe('Hi Ana, hello.');
    expect(renderTemplate(src, { name: 'Ana', late: 'yes', topic: 'Go' })).toBe(
      'Hi Ana, sorry I was late.\n\nAbout Go.',
    );
  });
  it('leaves an unknown variable visible, for the check to catch', () => {
    expect(renderTemplate('Hi {{nmae}}', {})).toBe('Hi {{nmae}}');
  });
  it('refuses unclosed and crossed sections', () => {
    expect(() => parseTemplate('{{#a}}x')).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('{{#a}}{{#b}}{{/a}}{{/b}}')).toThrow(
      /closes a section that is not open/,
    );
    expect(
      templateProblems({ subject: '', body: 'Hi {{nmae}} {{#late}}', voicemail: null }),
    ).toEqual(['body: {{#late}} is never closed']);
    expect(
      templateProblems({ subject: 'x {{foo}}', body: 'Hi {{first_name}}', voicemail: null })[0],
    ).toMatch(/subject: unknown variable \{\{foo\}\}/);
  });
});

describe('variables from the interview', () => {
  it('matches skills to the role and topics, whole words only', () => {
    expect(matchingSkills(facts())).toEqual(['event sourcing']);
    const none = facts({ sender: { ...facts().sender, skills: ['Go', 'Rust', 'SQL'] } });
    // "Go" is not in "good": nothing matches, so the first two skills stand in.
    expect(matchingSkills({ ...none, role: 'Good engineer' })).toEqual(['Go', 'Rust']);
  });
  it('says when the interview was as a person would', () => {
    const zone = 'America/Toronto';
    expect(interviewWhen('2026-03-02T18:00:00Z', '2026-03-03T03:00:00Z', zone)).toBe('today');
    expect(interviewWhen('2026-03-02T18:00:00Z', '2026-03-03T14:00:00Z', zone)).toBe('yesterday');
    expect(interviewWhen('2026-03-02T18:00:00Z', '2026-03-05T14:00:00Z', zone)).toBe('on Monday');
    expect(interviewWhen('2026-03-02T18:00:00Z', '2026-03-12T14:00:00Z', zone)).toBe('on March 2');
  });
  it('gives each interviewer a different topic, and the team a name', () => {
    expect(templateVars(facts()).topic).toBe('event sourcing for billing');
    expect(templateVars(facts({ slot: 1 })).topic).toBe('on-call rotations');
    const team = templateVars(facts({ recipient: null }));
    expect([team.first_name, team.name, team.named]).toEqual([
      'Northwind Traders team',
      'Northwind Traders hiring team',
      '',
    ]);
    expect(templateVars(facts({ sender: { ...facts().sender, name: '' } })).signature).toBe(
      '[Your name]',
    );
  });
});

describe('built-in templates', () => {
  it('are valid, uniquely named, and cite their seed files', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of BUILTIN_TEMPLATES) {
      expect(templateProblems(t), t.id).toEqual([]);
      expect(t.seeds.length, t.id).toBeGreaterThan(0);
      for (const s of t.seeds) expect(t.rationale, t.id).toContain(SEEDS[s]);
      if (t.channels.includes('phone')) expect(t.voicemail, t.id).not.toBeNull();
    }
  });
  it('cover every kind by e-mail, letter and phone, and the notes people send on LinkedIn', () => {
    for (const kind of MESSAGE_KINDS) {
      for (const channel of ['email', 'letter', 'phone'] as const) {
        expect(
          candidatesFor(BUILTIN_TEMPLATES, kind, channel).length,
          `${kind} ${channel}`,
        ).toBeGreaterThan(0);
      }
    }
    for (const kind of ['thank_you', 'follow_up'] as const) {
      for (const c of CHANNELS)
        expect(candidatesFor(BUILTIN_TEMPLATES, kind, c).length, `${kind} ${c}`).toBeGreaterThan(0);
      expect(candidatesFor(BUILTIN_TEMPLATES, kind, 'email').length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('composing', () => {
  const t = builtinTemplate('thank_you/conversation') as Template;
  it('fills a thank-you from the interview: name, role, company, topic, skills, the late line, documents', () => {
    const interview = {
      ...facts().interview!,
      late: true,
      documentsOwed: ['my references', 'the design doc'],
    };
    const c = compose(t, facts({ interview }));
    expect(c.subject).toBe('Thank you – Backend Engineer interview');
    expect(c.body).toContain('Dear Priya,');
    expect(c.body).toContain('today about the Backend Engineer role at Northwind Traders.');
    expect(c.body).toContain('Thank you also for your patience when I arrived late');
    expect(c.body).toContain('our conversation about event sourcing for billing');
    expect(c.body).toContain('my experience with event sourcing');
    expect(c.body).toContain('I will send my references and the design doc shortly.');
    expect(c.body.endsWith('Best regards,\nAlex Doe')).toBe(true);
    expect(c.voicemail).toBeNull();
  });
  it('leaves out what is not known, cleanly', () => {
    const interview = { ...facts().interview!, topics: [] };
    const c = compose(t, facts({ interview, sender: { ...facts().sender, skills: [] } }));
    expect(c.body).not.toMatch(/\{\{| {2}|\n\n\n| ,/);
    expect(c.body).toBe(
      'Dear Priya,\n\nThank you for taking the time to meet with me today about the Backend Engineer role at Northwind Traders.\n\nThank you again for the opportunity.\n\nBest regards,\nAlex Doe',
    );
  });
  it('writes a voicemail only for the phone', () => {
    const call = builtinTemplate('follow_up/call') as Template;
    expect(compose(call, facts({ kind: 'follow_up', channel: 'phone' })).voicemail).toMatch(
      /^Hello Priya, this is Alex Doe\./,
    );
  });
});

describe('choosing a template', () => {
  const cands = candidatesFor(BUILTIN_TEMPLATES, 'thank_you', 'email');
  it('rotates by the recipient’s place, so two interviewers get different templates in any order', () => {
    const first = chooseTemplate(cands, 0, new Set());
    const second = chooseTemplate(cands, 1, new Set([first?.id ?? '']));
    expect(first?.id).toBe('thank_you/conversation');
    expect(second?.id).toBe('thank_you/insight');
    // Drafted the other way round, the same two come out.
    expect(chooseTemplate(cands, 1, new Set())?.id).toBe('thank_you/insight');
    expect(chooseTemplate(cands, 0, new Set(['thank_you/insight']))?.id).toBe(
      'thank_you/conversation',
    );
  });
  it('skips templates already used at the company', () => {
    expect(chooseTemplate(cands, 0, new Set(['thank_you/conversation']))?.id).toBe(
      'thank_you/insight',
    );
  });
  it('keeps the "last check-in" follow-up for the third one', () => {
    const fu = candidatesFor(BUILTIN_TEMPLATES, 'follow_up', 'email');
    expect(forSequence(fu, 1).map((t) => t.id)).not.toContain('follow_up/final');
    expect(forSequence(fu, 3).map((t) => t.id)).toEqual(['follow_up/final']);
    expect(forSequence(fu, null)).toEqual(fu);
  });

  it('puts the user’s own templates first', () => {
    const mine: Template = { ...(cands[2] as Template), id: 'user:1', builtin: false };
    expect(candidatesFor([...BUILTIN_TEMPLATES, mine], 'thank_you', 'email')[0]?.id).toBe('user:1');
  });
  it('two interviewers at one company get different texts', () => {
    const a = compose(chooseTemplate(cands, 0, new Set()) as Template, facts());
    const b = compose(
      chooseTemplate(cands, 1, new Set()) as Template,
      facts({ slot: 1, recipient: { name: 'Jürgen Müller', email: 'jm@x.example', title: null } }),
    );
    expect(a.body).not.toBe(b.body.replace('Jürgen', 'Priya'));
    expect(b.body).toContain('on-call rotations');
  });
});

describe('message kinds for actions', () => {
  it('maps actions to messages, takes overrides, and refuses actions without one', () => {
    expect(messageKindFor('send_documents')).toBe('documents');
    expect(messageKindFor('network')).toBe('outreach');
    expect(messageKindFor('offer_decide', 'decline')).toBe('decline');
    expect(() => messageKindFor('debrief')).toThrow(/a debrief action has no message to draft/);
    expect(() => messageKindFor('thank_you', 'poem')).toThrow(/unknown message kind "poem"/);
    expect(channelFor('phone')).toBe('phone');
    expect(channelFor(null)).toBe('email');
    expect(() => channelFor(null, 'fax')).toThrow(/unknown channel "fax"/);
  });
});
