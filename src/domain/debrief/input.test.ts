import { describe, expect, it } from 'vitest';
import { applyPatch, EMPTY_DEBRIEF, isEmptyPatch, parseDebriefFields, splitRow } from './input.js';

describe('debrief input', () => {
  it('reads every field and only the fields given', () => {
    const p = parseDebriefFields({
      checks: { on_time: 'yes', awkward: 'partly: long silence' },
      overall: '3',
      wentWell: ['billing story'],
      owe: ['references'],
      gaps: ['Kafka'],
      questions: ['Why us? | told the story | 3 | add the numbers'],
    });
    expect(p).toEqual({
      checklist: [
        { item: 'on_time', answer: 'yes', note: null },
        { item: 'awkward', answer: 'partly', note: 'long silence' },
      ],
      overall: 3,
      wentWell: ['billing story'],
      documentsOwed: ['references'],
      skillGaps: ['Kafka'],
      questions: [
        { text: 'Why us?', answer: 'told the story', rating: 3, betterAnswer: 'add the numbers' },
      ],
    });
    expect(isEmptyPatch(parseDebriefFields({ checks: {} }))).toBe(true);
  });

  it('splits question rows on unescaped pipes; trailing parts are optional', () => {
    expect(splitRow('a | b \\| c | 2')).toEqual(['a', 'b | c', '2']);
    expect(parseDebriefFields({ questions: ['Only the question'] }).questions).toEqual([
      { text: 'Only the question', answer: null, rating: null, betterAnswer: null },
    ]);
    expect(parseDebriefFields({ questions: ['Q |  | 1 | better'] }).questions?.[0]).toMatchObject({
      answer: null,
      rating: 1,
      betterAnswer: 'better',
    });
  });

  it.each([
    [{ questions: ['Q | a | 5'] }, /question 1 rating must be a whole number from 1 to 4, got "5"/],
    [{ questions: ['Q | a | 0'] }, /from 1 to 4/],
    [{ questions: ['Q | a | 2.5'] }, /from 1 to 4/],
    [{ questionRows: [{ text: 'Q', rating: 'good' }] }, /from 1 to 4/],
    [{ questions: [' | a | 2'] }, /question 1 needs the question's text/],
    [{ questions: ['a | b | 1 | c | d'] }, /at most 4 parts/],
    [{ questions: ['Why us?', 'why US'] }, /question 2 is the same as question 1/],
    [{ overall: '7' }, /overall must be a whole number from 1 to 4/],
    [{ checks: { dressed: 'sort of' } }, /checks.dressed must be yes, partly or no/],
    [{ owe: ['  '] }, /owe must not be empty/],
  ])('refuses bad input: %j', (fields, message) => {
    expect(() => parseDebriefFields(fields)).toThrow(message);
  });

  it('replaces given fields, keeps the others, and merges the checklist item by item', () => {
    const first = applyPatch(
      EMPTY_DEBRIEF,
      parseDebriefFields({ checks: { on_time: 'yes', dressed: 'no' }, owe: ['a'], gaps: ['k'] }),
    );
    const second = applyPatch(
      first,
      parseDebriefFields({ checks: { dressed: 'partly' }, owe: ['b'] }),
    );
    expect(second.checklist.map((c) => `${c.item}:${c.answer}`)).toEqual([
      'on_time:yes',
      'dressed:partly',
    ]);
    expect(second.documentsOwed).toEqual(['b']);
    expect(second.skillGaps).toEqual(['k']);
    const same = parseDebriefFields({
      checks: { on_time: 'yes', dressed: 'no' },
      owe: ['a'],
      gaps: ['k'],
    });
    expect(applyPatch(first, same)).toEqual(first);
  });
});
