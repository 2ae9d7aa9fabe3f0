import { localDateOf } from '../time.js';
import type { Claim, Finding, Severity } from '../types.js';
import { fold, firstLine, graphemes, greetingName, nameParts, words } from './text.js';
import { LIMITS, type CheckInput } from './types.js';

/** The text a rule looks at: which field of the message, and its content. */
export interface Note {
  field: Finding['field'];
  text: string;
}

const finding = (
  rule: string,
  severity: Severity,
  message: string,
  note: Note,
  start = 0,
  end = 0,
): Finding => ({ rule, severity, message, field: note.field, start, end });

const GENERIC =
  /^(?:(?:the\s+)?(?:hiring\s+)?(?:team|manager|committee)|sir(?:\s+or\s+madam)?|madam|whom\s+it\s+may\s+concern|there|all|everyone|friend|colleague)$/iu;

/** `addressed`: the note greets a named person, and the right one (PRODUCT.md §6; seed 002). */
export function addressed(input: CheckInput, note: Note): Finding[] {
  const line = firstLine(note.text);
  const greeted = line === null ? null : greetingName(line.text);
  if (line === null || greeted === null) {
    return [
      finding(
        'addressed',
        'warning',
        'start with a greeting that names the person, e.g. "Dear Priya,"',
        note,
      ),
    ];
  }
  const span = [line.start, line.end] as const;
  const wanted = input.recipient?.name ?? null;
  if (greeted === '' || GENERIC.test(greeted) || /\bteam\b/iu.test(greeted)) {
    if (wanted === null && input.recipient !== undefined) return [];
    return [
      finding(
        'addressed',
        'warning',
        'addressed to no one in particular: greet the person by name',
        note,
        ...span,
      ),
    ];
  }
  if (wanted === null) return [];
  const got = nameParts(greeted);
  const want = nameParts(wanted);
  if (got.some((p) => want.includes(p))) return [];
  // Greeting a colleague who gets their own note is a mail-merge mix-up, not a nickname.
  const other = (input.siblings ?? []).find((s) => nameParts(s.name).some((p) => got.includes(p)));
  return [
    finding(
      'addressed',
      other === undefined ? 'warning' : 'error',
      other === undefined
        ? `the greeting names "${greeted}" but the note goes to ${wanted}`
        : `the greeting names ${other.name}, who gets a note of their own; this one goes to ${wanted}`,
      note,
      ...span,
    ),
  ];
}

const STOP = new Set([
  'about',
  'with',
  'from',
  'that',
  'this',
  'their',
  'your',
  'into',
  'over',
  'for',
  'and',
  'the',
]);
const contentWords = (s: string): string[] =>
  words(s)
    .map((w) => fold(w.text))
    .filter((w) => w.length >= 4 && !STOP.has(w));

/** `topic`: a thank-you or follow-up mentions something specific from the interview (seed 002). */
export function topic(input: CheckInput, note: Note): Finding[] {
  if (input.kind !== 'thank_you' && input.kind !== 'follow_up') return [];
  const topics = input.topics ?? [];
  if (topics.length === 0) {
    if (input.topics === undefined) return [];
    return [
      finding(
        'topic',
        'info',
        'no topic was recorded for the interview: mention something specific you discussed',
        note,
      ),
    ];
  }
  const text = fold(note.text);
  const have = new Set(contentWords(note.text));
  const mentioned = topics.some((t) => {
    if (text.includes(fold(t))) return true;
    const ws = contentWords(t);
    return ws.length > 0 && ws.filter((w) => have.has(w)).length * 2 >= ws.length;
  });
  if (mentioned) return [];
  return [
    finding(
      'topic',
      'warning',
      `mention a specific topic you discussed, e.g. "${topics[0] ?? ''}"`,
      note,
    ),
  ];
}

/** `length`: thank-you ≤ 200 words, follow-up ≤ 150, voicemail ≤ 75 (~30 s), LinkedIn ≤ 300 characters. */
export function length(input: CheckInput, note: Note): Finding[] {
  if (input.channel === 'linkedin' && note.field === 'body') {
    const chars = graphemes(note.text);
    const n = chars.length;
    if (n <= LIMITS.linkedinChars) return [];
    // LinkedIn refuses longer notes, so this one blocks sending.
    const cut = chars.slice(0, LIMITS.linkedinChars).join('').length;
    return [
      finding(
        'length',
        'error',
        `${n} characters; a LinkedIn note takes at most ${LIMITS.linkedinChars}`,
        note,
        cut,
        note.text.length,
      ),
    ];
  }
  const limit =
    note.field === 'voicemail'
      ? { max: LIMITS.voicemailWords, what: 'a voicemail (about 30 seconds)' }
      : note.field !== 'body' || input.channel === 'phone'
        ? null
        : input.kind === 'thank_you'
          ? { max: LIMITS.thankYouWords, what: 'a thank-you note' }
          : input.kind === 'follow_up'
            ? { max: LIMITS.followUpWords, what: 'a follow-up' }
            : null;
  if (limit === null) return [];
  const ws = words(note.text);
  if (ws.length <= limit.max) return [];
  const from = ws[limit.max]?.start ?? 0;
  return [
    finding(
      'length',
      'warning',
      `${ws.length} words; keep ${limit.what} to ${limit.max}`,
      note,
      from,
      note.text.length,
    ),
  ];
}

const REQUESTS = [
  /\blet me know\b/giu,
  /\bany (?:updates?|news)\b/giu,
  /\b(?:an?|the) update\b/giu,
  /\bwhen (?:will|would|can|might) I (?:hear|know)\b/giu,
  /\bwhen I (?:will|might) hear\b/giu,
  /\bget back to me\b/giu,
  /\bkeep me (?:posted|updated|informed)\b/giu,
  /\bplease (?:advise|update|confirm|tell)\b/giu,
  /\b(?:could|can|would|will) you (?:please )?(?:tell|let|send|update|confirm|share|inform)\b/giu,
  /\b(?:have|has) (?:you|the team) (?:made|reached) a decision\b/giu,
  /\bstatus of my application\b/giu,
];
const SOFT_REQUESTS = [
  /\b(?:look|looking) forward to hearing\b/giu,
  /\bhope to hear\b/giu,
  /\bhear back\b/giu,
];

/** `no_request`: a thank-you asks for nothing (seed 001: "do not ask of anything"). */
export function noRequest(input: CheckInput, note: Note): Finding[] {
  if (input.kind !== 'thank_you') return [];
  const out: Finding[] = [];
  const scan = (res: RegExp[], severity: Severity, message: (s: string) => string): void => {
    for (const re of res) {
      for (const m of note.text.matchAll(re)) {
        out.push(
          finding('no_request', severity, message(m[0]), note, m.index, m.index + m[0].length),
        );
      }
    }
  };
  scan(
    REQUESTS,
    'error',
    (s) => `"${s}" asks for something; a thank-you asks for nothing (save it for the follow-up)`,
  );
  scan(
    SOFT_REQUESTS,
    'warning',
    (s) => `"${s}" reads as a request for news; a thank-you asks for nothing`,
  );
  return out;
}

const PLACEHOLDER =
  /\{\{[^{}\n]*\}\}|\{[A-Za-z_ ]{1,30}\}|\[[A-Za-z][A-Za-z .'’/-]{0,40}\]|<(?:name|first name|company|role|topic|date|your name)>|%[A-Z_]{2,}%|\b(?:XXX+|TODO|TBD|FIXME)\b|\blorem ipsum\b/giu;

/** `placeholder`: nothing of a template is left to fill in. */
export function placeholder(_input: CheckInput, note: Note): Finding[] {
  return [...note.text.matchAll(PLACEHOLDER)].map((m) =>
    finding(
      'placeholder',
      'error',
      `fill in the placeholder ${m[0]}`,
      note,
      m.index,
      m.index + m[0].length,
    ),
  );
}

/** `timing`: a thank-you past its window; a follow-up before the date the interviewer gave. */
export function timing(input: CheckInput, note: Note): Finding[] {
  const { now, zone } = input;
  if (now === undefined || zone === undefined) return [];
  if (input.kind === 'thank_you' && input.thankYouLatest != null && now > input.thankYouLatest) {
    return [
      finding(
        'timing',
        'warning',
        `the thank-you window closed ${localDateOf(input.thankYouLatest, zone)}: send it now, and it may still arrive before they decide`,
        note,
      ),
    ];
  }
  if (
    input.kind === 'follow_up' &&
    input.followUpOn != null &&
    localDateOf(now, zone) < input.followUpOn
  ) {
    return [
      finding(
        'timing',
        'error',
        `they asked you to follow up on ${input.followUpOn}; sending earlier looks impatient (seed 001)`,
        note,
      ),
    ];
  }
  return [];
}

/** `late_thanks`: when you were late, the thank-you thanks them for their patience (seed 002). */
export function lateThanks(input: CheckInput, note: Note): Finding[] {
  if (input.kind !== 'thank_you' || input.late !== true) return [];
  if (/\b(?:patien(?:ce|t)|understanding|accommodating|late)\b/iu.test(note.text)) return [];
  return [finding('late_thanks', 'warning', 'you were late: thank them for their patience', note)];
}

/** `documents`: a documents message names what it sends. */
export function documents(input: CheckInput, note: Note): Finding[] {
  if (input.kind !== 'documents') return [];
  const text = fold(note.text);
  const missing = (input.documents ?? []).filter((d) => !text.includes(fold(d)));
  return missing.map((d) =>
    finding('documents', 'warning', `name the document you send: "${d}"`, note),
  );
}

/** Why a claimed sentence no longer holds, in words for the seeker. */
function staleMessage(c: { claim: Claim; now: string }): string {
  const { claim } = c;
  if (claim.fact === 'interview_day') {
    return `this sentence says you met "${claim.said}", but on the day it arrives that is "${c.now}": draft it again or change the words`;
  }
  const item = claim.item ?? 'the document';
  if (claim.said === 'owed' && c.now === 'sent')
    return `this sentence promises to send ${item}, but you have sent it since: draft the note again or say you sent it`;
  if (claim.said === 'sent' && c.now === 'owed')
    return `this sentence says you sent ${item}, but its action is not done: send it first, or change the sentence`;
  return `this sentence about ${item} is no longer true (it is now ${c.now}): draft the note again or change it`;
}

/**
 * `stale`: an unsent draft whose facts changed since it was drafted (a document sent, the
 * interview moved, a note sent later than written) would tell the employer something false
 * (issue 11). Marks the sentence, as long as it is still in the text as drafted; a sentence the
 * seeker rewrote is theirs.
 */
export function stale(input: CheckInput, note: Note): Finding[] {
  const out: Finding[] = [];
  for (const c of input.claims ?? []) {
    if (c.now === c.claim.said) continue;
    const at = note.text.indexOf(c.claim.text);
    if (at < 0) continue;
    out.push(finding('stale', 'error', staleMessage(c), note, at, at + c.claim.text.length));
  }
  return out;
}
