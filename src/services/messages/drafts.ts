import { candidatesFor, chooseTemplate, forSequence } from '../../domain/compose/choose.js';
import { compose } from '../../domain/compose/compose.js';
import { channelFor, messageKindFor } from '../../domain/compose/kinds.js';
import type { ComposeFacts, Person, Template } from '../../domain/compose/types.js';
import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { assertMove, isEditable } from '../../domain/outbox.js';
import type { Channel, Interview, MessageKind } from '../../domain/types.js';
import { parsePerson, positiveId } from '../../domain/validate.js';
import type { MessageView } from '../../store/repos/messages.js';
import { runCheck } from './check.js';
import type { Ctx } from '../context.js';
import { mustGetMessage } from './messages.js';
import { offerWordsFor } from '../offers/words.js';
import { loadSettings } from '../settings/settings.js';
import { allTemplates, findTemplate } from './templates.js';
import { deliverAtFor, documentFacts } from './truth.js';

export type { MessageView };

/** The kinds whose drafts cite the offer and the salary research. */
const OFFER_KINDS: ReadonlySet<MessageKind> = new Set(['negotiation', 'accept', 'decline']);

export interface DraftOptions {
  channel?: string;
  /** Another kind than the action's own, e.g. `decline` for an offer action. */
  kind?: string;
  /** A template id (`thank_you/brief`, `user:3`) or the name of one of yours. */
  template?: string;
  /** "Name <email>": write to this person instead of the action's contact. */
  to?: string;
}

export interface DraftResult {
  message: MessageView;
  /** False when an existing unsent draft of the action was written over. */
  created: boolean;
}

/** A location that is a street address, not a meeting link, as letter address lines. */
const postalLines = (location: string | null): string[] =>
  location === null || /^(https?:|www\.)|zoom|teams|meet\.|video/iu.test(location)
    ? []
    : location
        .split(/[,;\n]/)
        .map((l) => l.trim())
        .filter((l) => l !== '');

/** `follow_up:i7:3` → 3: the follow-up's place in its sequence. */
const sequenceNumber = (key: string): number | null => {
  const m = /^follow_up:.*:(\d+)$/.exec(key);
  return m === null ? null : Number(m[1]);
};

function pickTemplate(
  templates: readonly Template[],
  kind: MessageKind,
  channel: Channel,
  slot: number,
  avoid: ReadonlySet<string>,
  sequence: number | null,
): Template {
  const fit = forSequence(candidatesFor(templates, kind, channel), sequence);
  const t = chooseTemplate(fit, slot, avoid);
  if (t === undefined) {
    throw invalidInput(
      `no template for a ${kind} message on ${channel}: pick another channel, or add a template for it`,
      'channel',
      { do: 'add_template', kind },
    );
  }
  return t;
}

/**
 * Drafts the message for an action (PRODUCT.md §6): picks the kind and channel, the recipient, a
 * template that differs from the ones used for colleagues at the same company, fills it from the
 * interview, checks it, and stores it as a draft linked to the action. Drafting again writes
 * over an unsent draft; a message already on its way or sent is never touched.
 */
export async function draftForAction(
  ctx: Ctx,
  actionInput: string | number,
  opts: DraftOptions = {},
): Promise<DraftResult> {
  const actionId = positiveId(actionInput, 'action', 'action');
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const to = opts.to === undefined ? null : parsePerson(opts.to, 'to');
  return ctx.store.transaction(async (tx) => {
    const action = await tx.actions.get(actionId);
    if (action === undefined) throw notFound('action', actionId, 'action');
    if (action.status !== 'pending') {
      throw conflict(
        `action ${action.id} is ${action.status}; drafts are for pending actions`,
        'action',
      );
    }
    const kind = messageKindFor(action.kind, opts.kind);
    const channel = channelFor(action.channel, opts.channel);
    if (action.applicationId === null) {
      throw invalidInput(
        `action ${action.id} belongs to no application; drafts need one`,
        'action',
      );
    }
    const app = await tx.applications.get(action.applicationId);
    if (app === undefined) throw notFound('application', action.applicationId, 'application_id');
    const interviews = await tx.interviews.listFor([app.id]);
    const interview: Interview | undefined =
      interviews.find((i) => i.id === action.interviewId) ??
      interviews.filter((i) => i.state === 'held').at(-1);

    let recipient: (Person & { contactId: number }) | null = null;
    if (to !== null) {
      const c = await tx.contacts.findOrCreate(
        {
          ...to,
          companyId: app.companyId,
          relationship: kind === 'outreach' ? 'connection' : 'interviewer',
        },
        now,
      );
      recipient = { contactId: c.id, name: c.name, email: c.email ?? to.email, title: c.title };
    } else if (action.contactId !== null) {
      const c = await tx.contacts.get(action.contactId);
      if (c !== undefined)
        recipient = { contactId: c.id, name: c.name, email: c.email, title: c.title };
    } else if (kind === 'outreach') {
      const c = await tx.contacts.connectionAt(app.companyId);
      if (c !== undefined)
        recipient = { contactId: c.id, name: c.name, email: c.email, title: c.title };
    }

    const existing = await tx.messages.forAction(action.id);
    if (existing !== undefined && !isEditable(existing.state)) {
      throw conflict(
        `message ${existing.id} for action ${action.id} is ${existing.state}; it cannot be drafted again`,
        'action',
      );
    }
    const siblings = (await tx.messages.atCompany(app.companyId, kind)).filter(
      (m) => m.id !== existing?.id && m.contactId !== (recipient?.contactId ?? null),
    );
    const position =
      interview?.interviewers.findIndex((p) => p.contactId === recipient?.contactId) ?? -1;
    const slot = position >= 0 ? position : new Set(siblings.map((s) => s.contactId)).size;
    const templates = await allTemplates(tx);
    const template =
      opts.template === undefined
        ? pickTemplate(
            templates,
            kind,
            channel,
            slot,
            new Set(siblings.flatMap((s) => s.templateId ?? [])),
            kind === 'follow_up' ? sequenceNumber(action.key) : null,
          )
        : await findTemplate(tx, opts.template);
    if (template.kind !== kind || !template.channels.includes(channel)) {
      throw invalidInput(
        `template ${template.id} is for ${template.kind} on ${template.channels.join('/')}, not ${kind} on ${channel}`,
        'template',
      );
    }
    const facts: ComposeFacts = {
      kind,
      channel,
      recipient,
      company: app.company,
      role: app.role,
      interview:
        interview === undefined
          ? null
          : {
              start: interview.startAt,
              kind: interview.kind,
              late: interview.late,
              topics: interview.topics,
              documentsOwed: interview.documentsOwed,
              nextSteps: interview.nextSteps,
              decisionBy: interview.decisionBy,
              notes: interview.notes,
            },
      notes: app.notes,
      interviewId: interview?.id ?? null,
      documents: interview === undefined ? [] : await documentFacts(tx, interview),
      deliverAt: deliverAtFor(channel, action, now),
      sender: {
        name: settings.profile.name,
        signature: settings.profile.signature,
        email: settings.profile.email,
        phone: settings.profile.phone,
        skills: settings.profile.skills,
      },
      slot,
      now,
      zone: settings.policy.timezone,
      offer: OFFER_KINDS.has(kind) ? await offerWordsFor(tx, app, settings) : null,
    };
    const composed = compose(template, facts);
    const content = {
      actionId: action.id,
      applicationId: app.id,
      interviewId: interview?.id ?? null,
      contactId: recipient?.contactId ?? null,
      kind,
      channel,
      templateId: composed.templateId,
      recipientName: recipient?.name ?? null,
      recipientEmail: recipient?.email ?? null,
      recipientAddress: postalLines(interview?.location ?? null),
      subject: composed.subject,
      body: composed.body,
      voicemail: composed.voicemail,
      claims: composed.claims,
    };
    const findings = await runCheck(tx, { ...content, id: existing?.id ?? 0 }, settings, now);
    let id: number;
    if (existing === undefined) {
      id = await tx.messages.insert({ ...content, findings }, now);
      await tx.messages.logEvent({
        messageId: id,
        fromState: null,
        toState: 'draft',
        note: `drafted from ${composed.templateId}`,
        at: now,
      });
    } else {
      id = existing.id;
      assertMove(id, existing.state, 'draft');
      await tx.messages.move(
        id,
        existing.state,
        'draft',
        { ...content, findings, lastError: null },
        now,
      );
      await tx.messages.logEvent({
        messageId: id,
        fromState: existing.state,
        toState: 'draft',
        note: `drafted again from ${composed.templateId}`,
        at: now,
      });
    }
    await tx.actions.update(action.id, { messageId: id }, now);
    return { message: await mustGetMessage(tx, id), created: existing === undefined };
  });
}
