import { interviewWhen, deliveryTime } from '../../domain/compose/delivery.js';
import type { DocumentFact } from '../../domain/compose/types.js';
import { stale } from '../../domain/check/rules.js';
import { withDebriefItems } from '../../domain/debrief/normalize.js';
import { itemActionKeys } from '../../domain/playbook/rules/owed.js';
import type { Action, Claim, Finding, Instant, Interview, Message } from '../../domain/types.js';
import type { MessageView } from '../../store/repos/messages.js';
import type { Store } from '../../store/store.js';

/**
 * What keeps drafts true on the day they arrive (issue 11): the owed documents with their
 * actions' state, when a message will be delivered, and what each claim of a draft says now.
 */

/** The interview's owed documents (debrief included) as their `send_documents` actions stand. */
export async function documentFacts(store: Store, iv: Interview): Promise<DocumentFact[]> {
  const extra = (await store.debriefs.owedAndGaps([iv.applicationId])).get(iv.id);
  const items = withDebriefItems(iv, extra).documentsOwed;
  const keys = itemActionKeys('send_documents', iv.id, items);
  const byKey = new Map((await store.actions.listFor([iv.applicationId])).map((a) => [a.key, a]));
  const out: DocumentFact[] = [];
  items.forEach((item, i) => {
    const key = keys[i] ?? '';
    const a = byKey.get(key);
    if (a === undefined) out.push({ item, key, sent: false, due: null });
    else if (a.status === 'done') out.push({ item, key, sent: true, due: a.due });
    else if (a.status === 'pending') out.push({ item, key, sent: false, due: a.due });
    // Skipped or cancelled: the seeker decided not to send it; the note does not mention it.
  });
  return out;
}

/** When a message of this action reaches the recipient, if it goes `now`. */
export const deliverAtFor = (
  channel: Message['channel'],
  action: Pick<Action, 'due'> | undefined,
  now: Instant,
): Instant => deliveryTime(channel, now, action?.due ?? null);

type ClaimSubject = Pick<Message, 'claims' | 'channel' | 'actionId' | 'applicationId'>;

/** Each claim of the message with what is true now, on the day it would arrive. */
export async function claimsNow(
  store: Store,
  m: ClaimSubject,
  zone: string,
  now: Instant,
): Promise<{ claim: Claim; now: string }[]> {
  if (m.claims.length === 0) return [];
  const action = m.actionId === null ? undefined : await store.actions.get(m.actionId);
  const deliverAt = deliverAtFor(m.channel, action, now);
  const actions = m.applicationId === null ? [] : await store.actions.listFor([m.applicationId]);
  const byKey = new Map(actions.map((a) => [a.key, a]));
  const out: { claim: Claim; now: string }[] = [];
  for (const claim of m.claims) {
    if (claim.fact === 'document') {
      const a = byKey.get(claim.subject);
      const state =
        a === undefined
          ? claim.said
          : a.status === 'done'
            ? 'sent'
            : a.status === 'pending'
              ? 'owed'
              : a.status;
      out.push({ claim, now: state });
    } else {
      const iv = await store.interviews.get(Number(claim.subject));
      const words =
        iv === undefined || iv.state === 'cancelled'
          ? 'cancelled'
          : interviewWhen(iv.startAt, deliverAt, zone, m.channel);
      out.push({ claim, now: words });
    }
  }
  return out;
}

/**
 * The message with its `stale` findings brought up to date, for showing an unsent draft: a
 * document sent or an interview moved since the last check makes a sentence false today, even
 * if nobody checked it again. Saves nothing; sent messages are shown as they were.
 */
export async function withFreshClaims(
  store: Store,
  m: MessageView,
  zone: string,
  now: Instant,
): Promise<MessageView> {
  if (m.claims.length === 0 || m.state === 'sent' || m.state === 'sending') return m;
  const claims = await claimsNow(store, m, zone, now);
  const fresh: Finding[] = stale({ ...emptyInput(m), claims }, { field: 'body', text: m.body });
  const kept = m.findings.filter((f) => f.rule !== 'stale');
  const order = { recipient: 0, subject: 1, body: 2, voicemail: 3 } as const;
  const findings = [...kept, ...fresh].sort(
    (a, b) => order[a.field] - order[b.field] || a.start - b.start,
  );
  return { ...m, findings };
}

const emptyInput = (m: Pick<Message, 'kind' | 'channel' | 'body'>) => ({
  kind: m.kind === 'digest' ? null : m.kind,
  channel: m.channel,
  subject: null,
  body: m.body,
  voicemail: null,
});
