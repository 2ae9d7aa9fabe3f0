import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { assertMove, isEditable } from '../../domain/outbox.js';
import { optionalText, parsePerson, positiveId } from '../../domain/validate.js';
import type { MessagePatch, MessageView } from '../../store/repos/messages.js';
import type { Store } from '../../store/store.js';
import { recoverSending } from '../outbox/outbox-records.js';
import { runCheck } from './check.js';
import type { Ctx } from '../context.js';
import { loadSettings } from '../settings/settings.js';
import { withFreshClaims } from './truth.js';

export type { MessageView };

export async function mustGetMessage(store: Store, id: number): Promise<MessageView> {
  const m = await store.messages.get(id);
  if (m === undefined) throw notFound('message', id, 'message');
  return m;
}

export interface EditInput {
  subject?: string;
  body?: string;
  voicemail?: string;
  /** "Name <email>" */
  to?: string;
  /** Postal address lines separated by ";" or newlines. */
  address?: string;
}

/**
 * Changes the text or the recipient of an unsent message and checks it again. An approved or
 * scheduled message goes back to draft: what was approved is not what will be sent.
 */
export async function editMessage(
  ctx: Ctx,
  idInput: string | number,
  e: EditInput,
): Promise<MessageView> {
  const id = positiveId(idInput, 'message', 'message');
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const to = e.to === undefined ? null : parsePerson(e.to, 'to');
  const patch: MessagePatch = {};
  if (e.subject !== undefined) patch.subject = optionalText(e.subject, 'subject', 300) ?? '';
  if (e.body !== undefined) patch.body = e.body.replace(/\r\n/g, '\n').trim();
  if (e.voicemail !== undefined) patch.voicemail = e.voicemail.trim();
  if (e.address !== undefined) {
    patch.recipientAddress = e.address
      .split(/[;\n]/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }
  if (Object.keys(patch).length === 0 && to === null)
    throw invalidInput('nothing to change', 'message');
  return ctx.store.transaction(async (tx) => {
    const m = await mustGetMessage(tx, id);
    if (!isEditable(m.state))
      throw conflict(`message ${id} is ${m.state}; it can no longer change`, 'message');
    if (to !== null) {
      // The recipient is a contact, so the spacing guard and last-contacted follow the person.
      const app = m.applicationId === null ? undefined : await tx.applications.get(m.applicationId);
      const c = await tx.contacts.findOrCreate(
        {
          ...to,
          companyId: app?.companyId ?? null,
          relationship: m.kind === 'outreach' ? 'connection' : 'interviewer',
        },
        now,
      );
      patch.contactId = c.id;
      patch.recipientName = c.name;
      patch.recipientEmail = c.email ?? to.email;
    }
    const next = { ...m, ...patch };
    const findings = await runCheck(tx, next, settings, now);
    assertMove(id, m.state, 'draft');
    if (!(await tx.messages.move(id, m.state, 'draft', { ...patch, findings }, now))) {
      throw conflict(`message ${id} changed meanwhile; try again`, 'message');
    }
    await tx.messages.logEvent({
      messageId: id,
      fromState: m.state,
      toState: 'draft',
      note: 'edited',
      at: now,
    });
    return mustGetMessage(tx, id);
  });
}

/** One message; an unsent draft's `stale` findings are brought up to date (see truth.ts). */
export async function getMessage(ctx: Ctx, idInput: string | number): Promise<MessageView> {
  const id = positiveId(idInput, 'message', 'message');
  // A message a crashed process left in `sending` shows as held now, not at the next send.
  await recoverSending(ctx);
  const m = await mustGetMessage(ctx.store, id);
  const zone = (await loadSettings(ctx.store, ctx.systemZone)).policy.timezone;
  return withFreshClaims(ctx.store, m, zone, ctx.now());
}
