import { DateTime } from 'luxon';
import { documentsBy, interviewWhen } from './delivery.js';
import type { ComposeFacts } from './types.js';

/** The variables templates may use, with what each holds (shown by `templates show`). */
export const TEMPLATE_VARIABLES: Readonly<Record<string, string>> = {
  first_name: "the recipient's first name (or '<company> team' when nobody is named)",
  name: "the recipient's full name (or '<company> hiring team')",
  named: "'yes' when the recipient is a named person, else empty",
  company: 'the employer',
  role: 'the role title',
  topic: 'a specific topic discussed; a different one for each interviewer when there are several',
  skills: 'your skills that match the role and topics, e.g. "Go and PostgreSQL"',
  late: "'yes' when you were late to the interview (thank them for their patience, seed 002)",
  documents: 'every document you promised, e.g. "my references and the design doc"',
  documents_owed:
    'the promised documents not sent yet (their actions are pending); empty when all are sent',
  documents_sent: 'the promised documents you have sent (their actions are done)',
  documents_by:
    'when the owed documents will go out, true on the day the note arrives: "by Monday", "today"',
  next_steps: 'what they said happens next',
  decision_by: 'when they said they would decide, e.g. "Friday, March 13"',
  interview_when:
    '"today", "yesterday", "on Tuesday" or "on March 3", as of the day the note arrives (a letter names the day)',
  interview_kind:
    '"call", "video call", "visit", "technical interview", "panel" or "final interview"',
  sender_name: 'your name',
  signature: 'your signature (or your name)',
  sender_email: 'your e-mail address',
  sender_phone: 'your phone number',
  offer_base: 'the base salary offered, e.g. "95,000 EUR"',
  offer_total: 'the yearly total compensation offered',
  offer_vacation: 'the vacation offered, e.g. "20 days"',
  offer_start: 'the start date offered, e.g. "May 4"',
  offer_remote: 'the remote work offered, e.g. "2 days a week"',
  target: 'your target salary from your salary research',
  market_median: 'the typical (median) salary your research found',
  market_range: 'the range your research found, e.g. "90,000 to 115,000 EUR"',
  market_sources: 'where your salary figures come from',
  vacation_ask: 'the vacation your must-have list asks for, e.g. "25 days"',
  start_ask: 'the start date your must-have list asks for',
  remote_ask: 'the remote days your must-have list asks for, e.g. "3 days a week"',
};

const KIND_WORDS: Record<string, string> = {
  phone: 'call',
  video: 'video call',
  onsite: 'visit',
  technical: 'technical interview',
  panel: 'panel interview',
  final: 'final interview',
};

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('en-US');

/**
 * The seeker's skills that match the role, the topics and the notes (seed 003: "highlight your
 * relevant skills"); when none match, the first two they listed. At most three.
 */
export function matchingSkills(f: ComposeFacts): string[] {
  const haystack = fold(
    [
      f.role,
      ...(f.interview?.topics ?? []),
      f.interview?.nextSteps ?? '',
      f.interview?.notes ?? '',
      f.notes ?? '',
    ].join(' \n '),
  );
  const skills = f.sender.skills.filter((s) => s.trim() !== '');
  const matched = skills.filter((s) => {
    const needle = fold(s.trim());
    const at = haystack.indexOf(needle);
    if (at < 0) return false;
    // Whole words only: "Go" must not match "good".
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
  });
  return (matched.length > 0 ? matched : skills.slice(0, 2)).slice(0, 3);
}

export { interviewWhen };

/** The documents as the note may speak of them: those sent, and those still owed. */
export function documentWords(f: ComposeFacts): { sent: string[]; owed: string[]; by: string } {
  const at = f.deliverAt ?? f.now;
  const docs =
    f.documents ??
    (f.interview?.documentsOwed ?? []).map((item) => ({ item, key: '', sent: false, due: null }));
  const owed = docs.filter((d) => !d.sent);
  // The latest due date among those owed: the promise covers all of them.
  let due: string | null = null;
  for (const d of owed) {
    if (d.due === null) {
      due = null;
      break;
    }
    if (due === null || d.due > due) due = d.due;
  }
  return {
    sent: docs.filter((d) => d.sent).map((d) => d.item),
    owed: owed.map((d) => d.item),
    by: owed.length === 0 ? '' : documentsBy(due, at, f.zone, f.channel),
  };
}

const firstNameOf = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** Fills the variables of TEMPLATE_VARIABLES from the facts. Empty string means "not known". */
export function templateVars(f: ComposeFacts): Record<string, string> {
  const iv = f.interview;
  const topics = iv?.topics ?? [];
  const r = f.recipient;
  const senderName = f.sender.name.trim() === '' ? '[Your name]' : f.sender.name.trim();
  const docs = documentWords(f);
  const decision =
    iv?.decisionBy == null
      ? ''
      : DateTime.fromISO(iv.decisionBy).setLocale('en-US').toFormat('cccc, MMMM d');
  return {
    // Nobody named: a note to the team ("Dear Northwind team,"), an outreach to "there".
    first_name:
      r !== null ? firstNameOf(r.name) : f.kind === 'outreach' ? 'there' : `${f.company} team`,
    name: r === null ? `${f.company} hiring team` : r.name,
    named: r === null ? '' : 'yes',
    company: f.company,
    role: f.role,
    topic: topics.length === 0 ? '' : (topics[f.slot % topics.length] ?? ''),
    skills: joinWords(matchingSkills(f)),
    late: iv?.late === true ? 'yes' : '',
    documents: joinWords(iv?.documentsOwed ?? []),
    documents_owed: joinWords(docs.owed),
    documents_sent: joinWords(docs.sent),
    documents_by: docs.by,
    next_steps: iv?.nextSteps ?? '',
    decision_by: decision,
    interview_when:
      iv === null ? '' : interviewWhen(iv.start, f.deliverAt ?? f.now, f.zone, f.channel),
    interview_kind: iv === null ? 'conversation' : (KIND_WORDS[iv.kind] ?? 'conversation'),
    sender_name: senderName,
    signature: f.sender.signature.trim() === '' ? senderName : f.sender.signature.trim(),
    sender_email: f.sender.email,
    sender_phone: f.sender.phone,
    offer_base: f.offer?.base ?? '',
    offer_total: f.offer?.total ?? '',
    offer_vacation: f.offer?.vacation ?? '',
    offer_start: f.offer?.start ?? '',
    offer_remote: f.offer?.remote ?? '',
    target: f.offer?.target ?? '',
    market_median: f.offer?.marketMedian ?? '',
    market_range: f.offer?.marketRange ?? '',
    market_sources: f.offer?.marketSources ?? '',
    vacation_ask: f.offer?.vacationAsk ?? '',
    start_ask: f.offer?.startAsk ?? '',
    remote_ask: f.offer?.remoteAsk ?? '',
  };
}
