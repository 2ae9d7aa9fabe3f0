import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCp1252, unicodeFont, writePdf, type PrintJob } from './pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'afterview-pdf-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const job = (over: Partial<PrintJob> = {}): PrintJob => ({
  layout: 'letter',
  paper: 'a4',
  sender: {
    name: 'Nguyễn Văn An',
    address: ['12 Elm Street', 'Toronto ON M5V 2T6'],
    email: 'an@example.com',
    phone: '+1 416 555 0100',
  },
  recipient: {
    name: 'Jürgen Müller',
    company: 'Northwind Traders',
    address: ['400 Bay St', 'Toronto ON'],
  },
  date: 'March 3, 2026',
  title: 'Thank you',
  body: 'Dear Jürgen,\n\nThank you for meeting with me yesterday about event sourcing.\n\nBest regards,\nNguyễn Văn An',
  createdAt: new Date('2026-03-03T14:00:00Z'),
  ...over,
});

/** The PDF's text as pdftotext (poppler) reads it, whitespace folded. */
async function readBack(
  j: PrintJob,
  name: string,
): Promise<{ text: string; info: string; bytes: Buffer }> {
  const path = join(dir, name);
  await writePdf(path, j);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { text: text.replace(/\s+/g, ' '), info, bytes: readFileSync(path) };
}

describe('print-ready PDFs', () => {
  it('prints a letter on A4: sender and recipient addresses, date, body, signature', async () => {
    const { text, info, bytes } = await readBack(job(), 'letter.pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1/);
    // With a Unicode font (DejaVu, Liberation, Noto) the name keeps its accents.
    const an = unicodeFont() === null ? 'Nguyen Van An' : 'Nguyễn Văn An';
    for (const s of [
      an,
      '12 Elm Street',
      'Toronto ON M5V 2T6',
      'an@example.com',
      'March 3, 2026',
      'Jürgen Müller',
      'Northwind Traders',
      '400 Bay St',
      'Dear Jürgen,',
      'Thank you for meeting with me yesterday about event sourcing.',
      'Best regards,',
    ]) {
      expect(text, s).toContain(s);
    }
    // Sender block before the date, the date before the recipient, the body after.
    expect(text.indexOf('12 Elm Street')).toBeLessThan(text.indexOf('March 3, 2026'));
    expect(text.indexOf('March 3, 2026')).toBeLessThan(text.indexOf('400 Bay St'));
    expect(text.indexOf('400 Bay St')).toBeLessThan(text.indexOf('Dear Jürgen'));
  });

  it('prints a drop-off card on US Letter', async () => {
    const { text, info } = await readBack(job({ layout: 'card', paper: 'letter' }), 'card.pdf');
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(text).toContain('For Jürgen Müller, Northwind Traders');
    expect(text).toContain('12 Elm Street, Toronto ON M5V 2T6');
    expect(text).toContain('Thank you for meeting with me yesterday');
    expect(text).toContain('an@example.com');
  });

  it('stamps title, author and the caller’s clock as the creation date', async () => {
    const a = await readBack(job(), 'a.pdf');
    expect(a.info).toMatch(/Title:\s+Thank you/);
    expect(a.info).toMatch(/Author:\s+Ngu/);
    expect(a.info).toMatch(/CreationDate:.*2026/);
  });

  it('falls back to Windows-1252 for the base fonts, dropping only the accents it cannot print', () => {
    expect(toCp1252('Jürgen Müller – “ok”')).toBe('Jürgen Müller – “ok”');
    expect(toCp1252('Nguyễn Văn An')).toBe('Nguyen Van An');
    expect(toCp1252('日本')).toBe('??');
  });
});
