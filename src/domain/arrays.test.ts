import { describe, expect, it } from 'vitest';
import { mapInPlace } from './arrays.js';

describe('mapInPlace', () => {
  it('maps every element in order and returns the same array', () => {
    const xs = [1, 2, 3];
    const out = mapInPlace(xs, (x) => `#${String(x)}`);
    expect(out).toEqual(['#1', '#2', '#3']);
    expect(out).toBe(xs);
    expect(mapInPlace([], (x: number) => x)).toEqual([]);
  });
});
