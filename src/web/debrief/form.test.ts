import { describe, expect, it } from 'vitest';
import { bodyOf, emptyForm, loadDraft, storeDraft, dropDraft } from './form.js';

class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    this.#m.set(k, v);
  }
}

describe('the debrief form', () => {
  it('sends answered checks, every list and the rows that have a question', () => {
    const f = emptyForm();
    f.checks.on_time = 'yes';
    f.checks.awkward = '';
    f.overall = '3';
    f.gaps = ' Kafka \n\n';
    f.questions = [
      { key: 1, text: 'Why us?', answer: 'rambled', rating: '2', better: 'Because …' },
      { key: 2, text: '  ', answer: 'x', rating: '', better: '' },
    ];
    expect(bodyOf(f)).toEqual({
      checks: { on_time: 'yes' },
      overall: 3,
      went_well: [],
      improve: [],
      issues: [],
      owe: [],
      gaps: ['Kafka'],
      questions: [{ text: 'Why us?', answer: 'rambled', rating: 2, better_answer: 'Because …' }],
    });
  });

  it('keeps a draft per interview until it is dropped', () => {
    const s = new MemoryStorage();
    const f = emptyForm();
    f.improve = 'slow down';
    storeDraft(s, 7, f, new Date('2026-03-04T20:00:00Z'));
    expect(loadDraft(s, 7)?.form.improve).toBe('slow down');
    expect(loadDraft(s, 8)).toBeNull();
    dropDraft(s, 7);
    expect(loadDraft(s, 7)).toBeNull();
  });

  it('ignores a stored draft it cannot read', () => {
    const s = new MemoryStorage();
    s.setItem('afterview:debrief:3', '{not json');
    expect(loadDraft(s, 3)).toBeNull();
  });
});
