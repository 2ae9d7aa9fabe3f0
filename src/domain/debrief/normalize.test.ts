import { describe, expect, it } from 'vitest';
import { mergeItems, normalizeQuestion, withDebriefItems } from './normalize.js';

describe('question matching', () => {
  it.each([
    ['Tell me about a time you failed.', 'Can you tell me about a time you failed?'],
    ['Tell me about a time you failed.', 'So, could you please tell me about a time you failed'],
    ['What’s your biggest weakness?', "what's your BIGGEST   weakness"],
    ['Why do you want to work at Société Générale?', 'why do you want to work at societe generale'],
    ['Walk me through your résumé', 'Walk me through your resume!'],
  ])('"%s" and "%s" are the same question', (a, b) => {
    expect(normalizeQuestion(a)).toBe(normalizeQuestion(b));
  });

  it.each([
    ['Tell me about a time you failed.', 'Tell me about a time you succeeded.'],
    ['Why Northwind?', 'Why not Northwind?'],
    ['Can you relocate?', 'Relocate?'],
    ['Can you code?', 'Code?'],
  ])('"%s" and "%s" are different questions', (a, b) => {
    expect(normalizeQuestion(a)).not.toBe(normalizeQuestion(b));
  });

  it('keeps a question that is only filler', () => {
    expect(normalizeQuestion('Could you?')).toBe('could you');
  });
});

describe('merging a debrief into the interview', () => {
  it('appends new items after the interview’s own, ignoring case and spacing repeats', () => {
    expect(
      mergeItems(['references'], ['References', 'architecture  diagram', 'Architecture diagram']),
    ).toEqual(['references', 'architecture  diagram']);
  });

  it('leaves an interview without a debrief as it is', () => {
    const iv = { id: 1, documentsOwed: ['a'], skillGaps: [] };
    expect(withDebriefItems(iv, undefined)).toBe(iv);
    expect(withDebriefItems(iv, { documentsOwed: ['A', 'b'], skillGaps: ['Kafka'] })).toEqual({
      id: 1,
      documentsOwed: ['a', 'b'],
      skillGaps: ['Kafka'],
    });
  });
});
