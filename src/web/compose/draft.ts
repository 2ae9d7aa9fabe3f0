import type { FindingJson, MessageJson } from '../api/types.js';

/** The editable text of a message. */
export interface DraftText {
  to: string;
  subject: string;
  body: string;
  voicemail: string;
  /** Postal address, one line per line (letters and cards). */
  address: string;
}

export const textOf = (m: MessageJson): DraftText => ({
  to:
    m.recipient.email === null
      ? (m.recipient.name ?? '')
      : m.recipient.name === null
        ? m.recipient.email
        : `${m.recipient.name} <${m.recipient.email}>`,
  subject: m.subject,
  body: m.body,
  voicemail: m.voicemail ?? '',
  address: m.recipient.address.join('\n'),
});

export const sameText = (a: DraftText, b: DraftText): boolean =>
  a.to === b.to &&
  a.subject === b.subject &&
  a.body === b.body &&
  a.voicemail === b.voicemail &&
  a.address === b.address;

/** What a PATCH changes: only the fields that differ from what is stored. */
export function patchOf(saved: DraftText, now: DraftText, phone: boolean): Partial<DraftText> {
  const p: Partial<DraftText> = {};
  if (now.to !== saved.to && now.to.trim() !== '') p.to = now.to;
  if (now.subject !== saved.subject) p.subject = now.subject;
  if (now.body !== saved.body) p.body = now.body;
  if (phone && now.voicemail !== saved.voicemail) p.voicemail = now.voicemail;
  if (now.address !== saved.address) p.address = now.address;
  return p;
}

export const errorsIn = (f: readonly FindingJson[] | null): number =>
  f === null ? 0 : f.filter((x) => x.severity === 'error').length;
