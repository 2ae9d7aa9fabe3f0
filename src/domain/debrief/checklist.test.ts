import { describe, expect, it } from 'vitest';
import { CHECKLIST, checklistScore, orderChecklist, parseCheck } from './checklist.js';
import { CHECKLIST_ITEMS, type CheckEntry } from './types.js';

describe('debrief checklist (seed 000)', () => {
  it('asks the seven items of the article, in its order', () => {
    expect(CHECKLIST.map((c) => c.item)).toEqual([...CHECKLIST_ITEMS]);
    expect(CHECKLIST.map((c) => c.question)).toEqual([
      'Were you on time?',
      'Did you research the organisation and the role well?',
      'Were you dressed appropriately?',
      'Was the interview like a conversation?',
      'Did you connect with the interviewer?',
      'Was the introduction smooth and comfortable?',
      'Was there anything awkward or uncomfortable?',
    ]);
  });

  it('reads yes/partly/no with an optional note, in any case', () => {
    expect(parseCheck('on_time', 'yes')).toEqual({ item: 'on_time', answer: 'yes', note: null });
    expect(parseCheck('on_time', ' Partly: five minutes late, traffic ')).toEqual({
      item: 'on_time',
      answer: 'partly',
      note: 'five minutes late, traffic',
    });
    expect(parseCheck('awkward', 'NO - all fine').note).toBe('all fine');
  });

  it.each(['maybe', '', 'y', 'yes please', '3'])('refuses "%s" with the field name', (raw) => {
    expect(() => parseCheck('on_time', raw)).toThrow(/checks.on_time must be yes, partly or no/);
  });

  it('scores the answered items, with "awkward" inverted', () => {
    const e = (item: CheckEntry['item'], answer: CheckEntry['answer']): CheckEntry => ({
      item,
      answer,
      note: null,
    });
    expect(checklistScore([])).toBeNull();
    expect(checklistScore([e('on_time', 'yes'), e('awkward', 'no')])).toBe(100);
    expect(checklistScore([e('on_time', 'yes'), e('awkward', 'yes')])).toBe(50);
    expect(checklistScore([e('on_time', 'partly'), e('dressed', 'no')])).toBe(25);
    const all = CHECKLIST_ITEMS.map((i) => e(i, i === 'awkward' ? 'no' : 'yes'));
    expect(checklistScore(all)).toBe(100);
  });

  it('orders entries as the article does, a later answer replacing an earlier one', () => {
    const out = orderChecklist([
      { item: 'awkward', answer: 'no', note: null },
      { item: 'on_time', answer: 'no', note: null },
      { item: 'on_time', answer: 'yes', note: 'ok' },
    ]);
    expect(out.map((c) => [c.item, c.answer])).toEqual([
      ['on_time', 'yes'],
      ['awkward', 'no'],
    ]);
  });
});
