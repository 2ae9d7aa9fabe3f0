import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { writeFileAtomic } from './files.js';

/** A letter or a drop-off card, ready to print (PRODUCT.md §6). */
export interface PrintJob {
  layout: 'letter' | 'card';
  paper: 'a4' | 'letter';
  sender: { name: string; address: readonly string[]; email: string; phone: string };
  recipient: { name: string; company: string; address: readonly string[] };
  /** The date as printed, e.g. "March 3, 2026". */
  date: string;
  title: string;
  /** The note, greeting to signature. */
  body: string;
  /** Document metadata date: the caller's clock, so the same job gives the same file. */
  createdAt: Date;
}

// Fonts that cover accented and Vietnamese names (Müller, Nguyễn). The PDF base fonts only know
// Windows-1252, so without one of these a name outside it is printed without its accents.
const UNICODE_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf',
  '/usr/share/fonts/noto/NotoSerif-Regular.ttf',
  '/usr/share/fonts/TTF/DejaVuSerif.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
  '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
  'C:\\Windows\\Fonts\\times.ttf',
];

let fontPath: string | null | undefined;
/** The first Unicode font found on this machine, or null (then names lose what CP1252 lacks). */
export function unicodeFont(): string | null {
  fontPath ??= UNICODE_FONTS.find((p) => existsSync(p)) ?? null;
  return fontPath;
}

// Windows-1252 beyond Latin-1: what the base fonts can still print.
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** For the base fonts only: characters outside Windows-1252 lose their accents (ễ → e). */
export function toCp1252(text: string): string {
  // Per code point: the encoding decides character by character.
  return Array.from(text.normalize('NFC'))
    .map((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff)) return ch;
      if (CP1252_EXTRA.includes(ch)) return ch;
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      return Array.from(bare).every((b) => (b.codePointAt(0) ?? 0) <= 0xff) ? bare : '?';
    })
    .join('');
}

/** Renders the job as a PDF in memory. */
export function renderPdf(job: PrintJob): Promise<Buffer> {
  const doc = new PDFDocument({
    size: job.paper === 'a4' ? 'A4' : 'LETTER',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    info: { Title: job.title, Author: job.sender.name, CreationDate: job.createdAt },
  });
  const font = unicodeFont();
  if (font !== null) doc.font(font);
  else doc.font('Times-Roman');
  const t = (s: string): string => (font === null ? toCp1252(s) : s);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  if (job.layout === 'letter') letter(doc, job, t);
  else card(doc, job, t);
  doc.end();
  return done;
}

type Doc = InstanceType<typeof PDFDocument>;

function letter(doc: Doc, job: PrintJob, t: (s: string) => string): void {
  const width = doc.page.width - 144;
  const senderLines = [job.sender.name, ...job.sender.address, job.sender.phone, job.sender.email];
  doc
    .fontSize(10)
    .text(t(senderLines.filter((l) => l !== '').join('\n')), { align: 'right', width });
  doc.moveDown(2);
  doc.fontSize(11).text(t(job.date), { width });
  doc.moveDown(1.5);
  const to = [job.recipient.name, job.recipient.company, ...job.recipient.address];
  doc.text(t(to.filter((l) => l !== '').join('\n')), { width });
  doc.moveDown(2);
  doc.text(t(job.body), { width, align: 'left', lineGap: 3, paragraphGap: 6 });
}

/** A card on the top half of the page, framed so it can be cut out and folded. */
function card(doc: Doc, job: PrintJob, t: (s: string) => string): void {
  const x = 72;
  const y = 72;
  const w = doc.page.width - 144;
  const h = (doc.page.height - 144) / 2;
  doc
    .save()
    .lineWidth(0.5)
    .dash(4, { space: 4 })
    .rect(x - 18, y - 18, w + 36, h + 36)
    .stroke()
    .restore();
  const forLine = `For ${job.recipient.name}${job.recipient.company === '' ? '' : `, ${job.recipient.company}`}`;
  doc.fontSize(10).text(t(forLine), x, y, { width: w });
  doc.text(t(job.date), { width: w, align: 'right' });
  doc.moveDown(1.5);
  doc
    .fontSize(12)
    .text(t(job.body), { width: w, lineGap: 4, paragraphGap: 6, height: h - 60, ellipsis: true });
  // A card is handed in, not posted: the sender's details go at the foot, one line.
  const contact = [job.sender.address.join(', '), job.sender.phone, job.sender.email]
    .filter((l) => l !== '')
    .join('  ·  ');
  if (contact !== '') doc.fontSize(9).text(t(contact), x, y + h - 12, { width: w, align: 'right' });
}

/** Renders and writes a PDF (complete or not at all). */
export async function writePdf(path: string, job: PrintJob): Promise<void> {
  writeFileAtomic(path, await renderPdf(job));
}
