import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.js';

describe('csvRecords', () => {
  const lines = [
    'Notes:',
    '"x, ""y"""',
    '',
    'First Name,Last Name',
    'Q,"multi',
    'line"',
    'last,one',
  ];
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('keeps the start line of every record (%s)', (_, nl) => {
    const { records, problems } = csvRecords(`\ufeff${lines.join(nl)}${nl}`);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['Notes:']],
      [2, ['x, "y"']],
      [3, ['']],
      [4, ['First Name', 'Last Name']],
      [5, ['Q', 'multi\nline']],
      [7, ['last', 'one']],
    ]);
  });
  it('reports an unclosed quote by line and keeps what came before', () => {
    const { records, problems } = csvRecords('a,b\nc,"d\ne,f\n');
    expect(records.map((r) => r.cells)).toEqual([['a', 'b']]);
    expect(problems).toEqual([
      { line: 2, reason: expect.stringContaining('never closed') as string },
    ]);
  });
});
