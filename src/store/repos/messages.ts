import type { Kysely, Selectable, Updateable } from 'kysely';
import type {
  Channel,
  Claim,
  Finding,
  Instant,
  Message,
  MessageKind,
  MessageState,
} from '../../domain/types.js';
import type { DB } from '../schema.js';

/** A message with the application it belongs to, as lists show it. */
export interface MessageView extends Message {
  company: string | null;
  role: string | null;
}

export type NewMessage = Pick<
  Message,
  | 'actionId'
  | 'applicationId'
  | 'interviewId'
  | 'contactId'
  | 'kind'
  | 'channel'
  | 'templateId'
  | 'recipientName'
  | 'recipientEmail'
  | 'recipientAddress'
  | 'subject'
  | 'body'
  | 'voicemail'
  | 'findings'
> & { claims?: Message['claims'] };

/** Fields a state change or an edit may set. */
export type MessagePatch = Partial<
  NewMessage &
    Pick<
      Message,
      | 'attempts'
      | 'nextAttemptAt'
      | 'lastError'
      | 'heldAt'
      | 'via'
      | 'transportId'
      | 'transportResponse'
      | 'artifactPath'
      | 'sentAt'
    > & {
      sendingOwner: string | null;
      sendingAt: Instant | null;
      leaseExpiresAt: Instant | null;
      forced: Message['forced'];
    }
>;

/**
 * One claim of a message for sending: who took it and when. A result recorded after the
 * transport call names its claim, so it lands only if the message is still under that claim.
 */
export interface SendClaim {
  owner: string | null;
  claimedAt: Instant | null;
}

/** A message in `sending` that nobody has held yet, with its claim and the claim's lease. */
export interface SendingUnheld extends SendClaim {
  id: number;
  /** Null for a claim made before leases (migration 0010). */
  leaseExpiresAt: Instant | null;
}

export interface MessageEvent {
  id: number;
  messageId: number;
  fromState: MessageState | null;
  toState: MessageState;
  note: string | null;
  at: Instant;
}

type Row = Selectable<DB['messages']>;

const COLUMNS: Record<keyof MessagePatch, keyof Row> = {
  actionId: 'action_id',
  applicationId: 'application_id',
  interviewId: 'interview_id',
  contactId: 'contact_id',
  kind: 'kind',
  channel: 'channel',
  templateId: 'template_id',
  recipientName: 'recipient_name',
  recipientEmail: 'recipient_email',
  recipientAddress: 'recipient_address',
  subject: 'subject',
  body: 'body',
  voicemail: 'voicemail',
  findings: 'findings',
  attempts: 'attempts',
  nextAttemptAt: 'next_attempt_at',
  lastError: 'last_error',
  heldAt: 'held_at',
  via: 'via',
  transportId: 'transport_id',
  transportResponse: 'transport_response',
  artifactPath: 'artifact_path',
  sentAt: 'sent_at',
  sendingOwner: 'sending_owner',
  sendingAt: 'sending_at',
  leaseExpiresAt: 'lease_expires_at',
  claims: 'claims',
  forced: 'forced_reason',
};

function toColumns(p: MessagePatch): Updateable<DB['messages']> {
  const set: Record<string, unknown> = {};
  for (const key of Object.keys(p) as (keyof MessagePatch)[]) {
    const v: unknown = p[key];
    if (v === undefined) continue;
    if (key === 'forced') {
      const f = p.forced ?? null;
      set.forced_reason = f?.reason ?? null;
      set.forced_by = f?.by ?? null;
      set.forced_at = f?.at ?? null;
      continue;
    }
    // Findings and claims are stored as JSON, address lines joined by newlines.
    set[COLUMNS[key]] =
      key === 'findings' || key === 'claims'
        ? JSON.stringify(v)
        : key === 'recipientAddress'
          ? (p.recipientAddress ?? []).join('\n')
          : v;
  }
  return set;
}

export class MessageRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(m: NewMessage, now: Instant): Promise<number> {
    const row = await this.db
      .insertInto('messages')
      .values({
        ...(toColumns(m) as Omit<Row, 'id'>),
        state: 'draft',
        attempts: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(id: number, patch: MessagePatch, now: Instant): Promise<void> {
    await this.db
      .updateTable('messages')
      .set({ ...toColumns(patch), updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Moves a message from `from` to `to` only if it is still in `from` (compare-and-set), so two
   * processes can never both move it, e.g. both claim it for sending. With `claim`, only if it
   * is still under that claim too (and, with `unheld`, not held). Returns whether it moved.
   */
  async move(
    id: number,
    from: MessageState,
    to: MessageState,
    patch: MessagePatch,
    now: Instant,
    claim?: SendClaim & { unheld?: boolean },
  ): Promise<boolean> {
    let q = this.db
      .updateTable('messages')
      .set({ ...toColumns(patch), state: to, updated_at: now })
      .where('id', '=', id)
      .where('state', '=', from);
    if (claim !== undefined) {
      q = q
        .where('sending_owner', claim.owner === null ? 'is' : '=', claim.owner)
        .where('sending_at', claim.claimedAt === null ? 'is' : '=', claim.claimedAt);
      if (claim.unheld === true) q = q.where('held_at', 'is', null);
    }
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async get(id: number): Promise<MessageView | undefined> {
    const row = await this.view().where('m.id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toView(row);
  }

  /** The newest message drafted for an action. */
  async forAction(actionId: number): Promise<MessageView | undefined> {
    const row = await this.view()
      .where('m.action_id', '=', actionId)
      .orderBy('m.id', 'desc')
      .executeTakeFirst();
    return row === undefined ? undefined : toView(row);
  }

  /** Messages not yet sent (every message with `all`), oldest first. */
  async list(
    q: { all?: boolean; states?: readonly MessageState[]; applicationId?: number } = {},
  ): Promise<MessageView[]> {
    let query = this.view().orderBy('m.id');
    if (q.applicationId !== undefined)
      query = query.where('m.application_id', '=', q.applicationId);
    if (q.states !== undefined && q.states.length > 0)
      query = query.where('m.state', 'in', q.states);
    else if (q.all !== true) query = query.where('m.state', '!=', 'sent');
    return (await query.execute()).map(toView);
  }

  /** Messages in `sending` that nobody has held yet, with their claims. */
  async sendingUnheld(): Promise<SendingUnheld[]> {
    const rows = await this.db
      .selectFrom('messages')
      .select(['id', 'sending_owner', 'sending_at', 'lease_expires_at'])
      .where('state', '=', 'sending')
      .where('held_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      owner: r.sending_owner,
      claimedAt: r.sending_at,
      leaseExpiresAt: r.lease_expires_at,
    }));
  }

  /** Messages of one kind to people at one company (the notes a new one must differ from). */
  async atCompany(companyId: number, kind: MessageKind): Promise<Message[]> {
    const rows = await this.db
      .selectFrom('messages as m')
      .innerJoin('applications as a', 'a.id', 'm.application_id')
      .selectAll('m')
      .where('a.company_id', '=', companyId)
      .where('m.kind', '=', kind)
      .orderBy('m.id')
      .execute();
    return rows.map(toMessage);
  }

  /**
   * When the contact last had a follow-up: sent follow-up messages and follow-up actions marked
   * done (a follow-up made outside Afterview counts too), except the given action and message.
   */
  async followUpTimes(
    contactId: number,
    except: { actionId: number | null; messageId: number },
  ): Promise<Instant[]> {
    const sent = await this.db
      .selectFrom('messages')
      .select('sent_at')
      .where('contact_id', '=', contactId)
      .where('kind', '=', 'follow_up')
      .where('state', '=', 'sent')
      .where('id', '!=', except.messageId)
      .execute();
    let q = this.db
      .selectFrom('actions')
      .select(['completed_at', 'due_at'])
      .where('contact_id', '=', contactId)
      .where('kind', '=', 'follow_up')
      .where('status', '=', 'done');
    if (except.actionId !== null) q = q.where('id', '!=', except.actionId);
    const done = await q.execute();
    return [
      ...sent.flatMap((r) => (r.sent_at === null ? [] : [r.sent_at])),
      ...done.map((r) => r.completed_at ?? r.due_at),
    ];
  }

  async logEvent(e: Omit<MessageEvent, 'id'>): Promise<void> {
    await this.db
      .insertInto('message_events')
      .values({
        message_id: e.messageId,
        from_state: e.fromState,
        to_state: e.toState,
        note: e.note,
        at: e.at,
      })
      .execute();
  }

  async events(messageId: number): Promise<MessageEvent[]> {
    const rows = await this.db
      .selectFrom('message_events')
      .selectAll()
      .where('message_id', '=', messageId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      messageId: r.message_id,
      fromState: r.from_state as MessageState | null,
      toState: r.to_state as MessageState,
      note: r.note,
      at: r.at,
    }));
  }

  private view() {
    return this.db
      .selectFrom('messages as m')
      .leftJoin('applications as a', 'a.id', 'm.application_id')
      .leftJoin('companies as c', 'c.id', 'a.company_id')
      .selectAll('m')
      .select(['c.name as company', 'a.role as role']);
  }
}

const toMessage = (r: Row): Message => ({
  id: r.id,
  actionId: r.action_id,
  applicationId: r.application_id,
  interviewId: r.interview_id,
  contactId: r.contact_id,
  kind: r.kind as MessageKind,
  channel: r.channel as Channel,
  templateId: r.template_id,
  recipientName: r.recipient_name,
  recipientEmail: r.recipient_email,
  recipientAddress: r.recipient_address === '' ? [] : r.recipient_address.split('\n'),
  subject: r.subject,
  body: r.body,
  voicemail: r.voicemail,
  findings: JSON.parse(r.findings) as Finding[],
  state: r.state as MessageState,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  heldAt: r.held_at,
  via: r.via,
  transportId: r.transport_id,
  transportResponse: r.transport_response,
  artifactPath: r.artifact_path,
  sentAt: r.sent_at,
  claims: JSON.parse(r.claims) as Claim[],
  forced:
    r.forced_reason === null
      ? null
      : { reason: r.forced_reason, by: r.forced_by ?? '', at: r.forced_at ?? r.updated_at },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toView = (r: Row & { company: string | null; role: string | null }): MessageView => ({
  ...toMessage(r),
  company: r.company,
  role: r.role,
});
