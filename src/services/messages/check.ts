import { loadSpeller } from '../../adapters/spelling.js';
import { checkMessage } from '../../domain/check/check.js';
import { fold, words } from '../../domain/check/text.js';
import type { CheckInput } from '../../domain/check/types.js';
import { invalidInput } from '../../domain/errors.js';
import type { Policy, Profile, Settings } from '../../domain/settings.js';
import { plusHours } from '../../domain/time.js';
import {
  CHANNELS,
  MESSAGE_KINDS,
  type Channel,
  type Finding,
  type Instant,
  type Message,
  type MessageKind,
} from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { loadSettings } from '../settings/settings.js';
import { claimsNow } from './truth.js';

/**
 * The note check as a use case: gathers what the pure check needs (the interview's topics and
 * timing, the notes to colleagues, the words of the user's own data) and runs it with the en-US
 * dictionary.
 */

/** Names, companies, skills and the user's word list: always spelled right. */
export async function knownWords(
  store: Store,
  profile: Profile,
  extra: readonly string[] = [],
): Promise<Set<string>> {
  const texts = [
    ...(await store.contacts.names()),
    ...(await store.companies.names()),
    profile.name,
    profile.signature,
    profile.email,
    ...profile.address,
    ...profile.skills,
    ...profile.spellingWords,
    ...extra,
  ];
  const out = new Set<string>();
  for (const t of texts) {
    for (const w of words(t)) {
      const f = fold(w.text);
      out.add(f);
      for (const part of f.split('-')) out.add(part.replace(/'s$/u, ''));
    }
  }
  return out;
}

/** What the check knows about a stored (or about to be stored) message. */
export async function checkInputFor(
  store: Store,
  m: Pick<
    Message,
    | 'id'
    | 'kind'
    | 'channel'
    | 'subject'
    | 'body'
    | 'voicemail'
    | 'recipientName'
    | 'recipientEmail'
    | 'recipientAddress'
    | 'interviewId'
    | 'actionId'
    | 'applicationId'
    | 'contactId'
  > &
    Partial<Pick<Message, 'claims'>>,
  policy: Policy,
  now: Instant,
): Promise<CheckInput> {
  const interview = m.interviewId === null ? undefined : await store.interviews.get(m.interviewId);
  const action = m.actionId === null ? undefined : await store.actions.get(m.actionId);
  const app = m.applicationId === null ? undefined : await store.applications.get(m.applicationId);
  const siblings =
    app === undefined
      ? []
      : (await store.messages.atCompany(app.companyId, m.kind))
          .filter((s) => s.id !== m.id && s.contactId !== m.contactId && s.recipientName !== null)
          .map((s) => ({
            name: s.recipientName ?? '',
            text: s.channel === 'phone' ? (s.voicemail ?? s.body) : s.body,
          }));
  const end =
    interview === undefined ? null : plusHours(interview.startAt, interview.durationMin / 60);
  return {
    kind: m.kind,
    channel: m.channel,
    subject: m.channel === 'email' ? m.subject : null,
    body: m.body,
    voicemail: m.voicemail,
    recipient: { name: m.recipientName, email: m.recipientEmail, address: m.recipientAddress },
    ...(interview === undefined
      ? {}
      : {
          topics: interview.topics,
          late: interview.late,
          documents: interview.documentsOwed,
          followUpOn: interview.followUpOn,
        }),
    thankYouLatest:
      action?.latest ?? (end === null ? null : plusHours(end, policy.thankYouWindowHours)),
    claims: await claimsNow(store, { ...m, claims: m.claims ?? [] }, policy.timezone, now),
    now,
    zone: policy.timezone,
    siblings,
  };
}

/** Runs the check for a message: the dictionary plus the user's own words. */
export async function runCheck(
  store: Store,
  m: Parameters<typeof checkInputFor>[1],
  settings: Settings,
  now: Instant,
): Promise<Finding[]> {
  const input = await checkInputFor(store, m, settings.policy, now);
  const app = m.applicationId === null ? undefined : await store.applications.get(m.applicationId);
  const extra = [...(input.topics ?? []), ...(input.documents ?? []), app?.role ?? ''];
  return checkMessage(input, {
    speller: loadSpeller(),
    knownWords: await knownWords(store, settings.profile, extra),
  });
}

export interface CheckTextOptions {
  kind?: string;
  channel?: string;
  /** Check as if it were the draft for this action: its recipient, topics and timing. */
  action?: string;
}

export interface CheckTextResult {
  findings: Finding[];
  /** Where the body starts in the text (after a `Subject:` line), for line:column. */
  bodyOffset: number;
  /** Where the subject starts in the text. */
  subjectOffset: number;
  subject: string | null;
}

function pick<T extends string>(all: readonly T[], v: string | undefined, field: string): T | null {
  if (v === undefined) return null;
  const found = all.find((x) => x === v);
  if (found === undefined)
    throw invalidInput(`unknown ${field} "${v}" (one of: ${all.join(', ')})`, field);
  return found;
}

/**
 * Checks a note from a file (`afterview check FILE`). A first line `Subject: …` followed by a
 * blank line is the subject. With `action`, the check knows the recipient and interview.
 */
export async function checkText(
  ctx: Ctx,
  text: string,
  opts: CheckTextOptions = {},
): Promise<CheckTextResult> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const head = /^(Subject:[ \t]*)(.*)\r?\n\r?\n/iu.exec(text);
  const subject = head === null ? null : (head[2] ?? '');
  const bodyOffset = head === null ? 0 : head[0].length;
  const body = text.slice(bodyOffset);
  const kind: MessageKind | null = pick(MESSAGE_KINDS, opts.kind, 'kind');
  const channel: Channel = pick(CHANNELS, opts.channel, 'channel') ?? 'email';
  let input: CheckInput = { kind, channel, subject, body, voicemail: null, delivery: false };
  const extra: string[] = [];
  if (opts.action !== undefined) {
    const id = positiveId(opts.action, 'action', 'action');
    const draft = await ctx.store.messages.forAction(id);
    const action = await ctx.store.actions.get(id);
    if (action === undefined) throw invalidInput(`action ${id} does not exist`, 'action');
    const contact =
      action.contactId === null ? undefined : await ctx.store.contacts.get(action.contactId);
    const base = draft ?? {
      id: 0,
      kind: kind ?? 'thank_you',
      channel,
      subject: '',
      body: '',
      voicemail: null,
      recipientName: contact?.name ?? null,
      recipientEmail: contact?.email ?? null,
      recipientAddress: [],
      interviewId: action.interviewId,
      actionId: action.id,
      applicationId: action.applicationId,
      contactId: action.contactId,
    };
    const known = await checkInputFor(ctx.store, base, settings.policy, ctx.now());
    // The file is the note: its text replaces the draft's; delivery details are not its concern.
    input = {
      ...known,
      kind: kind ?? known.kind,
      channel,
      subject,
      body,
      voicemail: null,
      delivery: false,
    };
    extra.push(...(known.topics ?? []), ...(known.documents ?? []));
  }
  const findings = checkMessage(input, {
    speller: loadSpeller(),
    knownWords: await knownWords(ctx.store, settings.profile, extra),
  });
  return { findings, bodyOffset, subjectOffset: head?.[1]?.length ?? 0, subject };
}
