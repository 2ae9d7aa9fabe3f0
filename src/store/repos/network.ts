import type { Kysely } from 'kysely';
import { companyKey } from '../../domain/network/match.js';
import type { Instant, LocalDate, Relationship } from '../../domain/types.js';
import type { DB } from '../schema.js';

/** A contact the LinkedIn import is about to write. */
export interface NewImportedContact {
  name: string;
  email: string | null;
  linkedinUrl: string | null;
  employer: string | null;
  title: string | null;
  connectedOn: LocalDate | null;
  companyId: number | null;
}

/** A contact as the LinkedIn import compares it with a row of the export. */
export interface ImportedContact extends NewImportedContact {
  id: number;
}

export type MatchDecision = 'confirmed' | 'rejected';

export interface ContactLinks {
  applications: { id: number; company: string; role: string; status: string; via: string }[];
  messages: {
    id: number;
    kind: string;
    channel: string;
    state: string;
    subject: string;
    applicationId: number | null;
    sentAt: Instant | null;
    createdAt: Instant;
  }[];
}

/** Rows per multi-row INSERT: well under SQLite's bound on parameters per statement. */
const CHUNK = 400;

/**
 * The network's queries: the LinkedIn import in bulk, merging contacts, what a contact is linked
 * to, and the user's verdicts on suggested company matches.
 */
export class NetworkRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every contact, as the import compares them (one read for the whole file). */
  async contactsForImport(): Promise<ImportedContact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .select([
        'id',
        'name',
        'email',
        'linkedin_url',
        'employer',
        'title',
        'connected_on',
        'company_id',
      ])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      linkedinUrl: r.linkedin_url,
      employer: r.employer,
      title: r.title,
      connectedOn: r.connected_on,
      companyId: r.company_id,
    }));
  }

  async insertConnections(rows: readonly NewImportedContact[], now: Instant): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await this.db
        .insertInto('contacts')
        .values(
          rows.slice(i, i + CHUNK).map((c) => ({
            name: c.name,
            email: c.email,
            linkedin_url: c.linkedinUrl,
            employer: c.employer,
            employer_key: c.employer === null ? null : companyKey(c.employer) || null,
            title: c.title,
            connected_on: c.connectedOn,
            company_id: c.companyId,
            relationship: 'connection' satisfies Relationship,
            source: 'linkedin',
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    }
  }

  /** Every company: id, name and normalised name. */
  async companies(): Promise<{ id: number; name: string; key: string }[]> {
    const rows = await this.db
      .selectFrom('companies')
      .select(['id', 'name', 'normalized_name'])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, key: r.normalized_name }));
  }

  /** The companies you applied to (or saved a role at): the ones a network is for. */
  async targetCompanies(): Promise<{ id: number; name: string; key: string }[]> {
    const rows = await this.db
      .selectFrom('companies')
      .select(['id', 'name', 'normalized_name'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('applications')
            .select('applications.id')
            .whereRef('applications.company_id', '=', 'companies.id'),
        ),
      )
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, key: r.normalized_name }));
  }

  async decisions(
    companyId?: number,
  ): Promise<{ employerKey: string; companyId: number; decision: MatchDecision }[]> {
    let q = this.db.selectFrom('company_match_decisions').selectAll();
    if (companyId !== undefined) q = q.where('company_id', '=', companyId);
    const rows = await q.execute();
    return rows.map((r) => ({
      employerKey: r.employer_key,
      companyId: r.company_id,
      decision: r.decision as MatchDecision,
    }));
  }

  /**
   * Remembers a verdict and applies it to everyone with that employer: confirmed links them to
   * the company, rejected unlinks those the verdict had linked.
   */
  async decide(
    employerKey: string,
    companyId: number,
    decision: MatchDecision,
    now: Instant,
  ): Promise<number> {
    await this.db
      .insertInto('company_match_decisions')
      .values({ employer_key: employerKey, company_id: companyId, decision, decided_at: now })
      .onConflict((oc) =>
        oc.columns(['employer_key', 'company_id']).doUpdateSet({ decision, decided_at: now }),
      )
      .execute();
    const q = this.db
      .updateTable('contacts')
      .set({ company_id: decision === 'confirmed' ? companyId : null, updated_at: now })
      .where('employer_key', '=', employerKey);
    const r =
      decision === 'confirmed'
        ? await q.where('company_id', 'is', null).executeTakeFirst()
        : await q.where('company_id', '=', companyId).executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Distinct employers of contacts not linked to the company, with how many people each. */
  async employers(exceptCompanyId: number): Promise<{ key: string; name: string; n: number }[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .select((eb) => [
        'employer_key',
        eb.fn.min('employer').as('employer'),
        eb.fn.countAll<number | string>().as('n'),
      ])
      .where('employer_key', 'is not', null)
      .where((eb) => eb.or([eb('company_id', 'is', null), eb('company_id', '!=', exceptCompanyId)]))
      .groupBy('employer_key')
      .execute();
    return rows.map((r) => ({ key: r.employer_key ?? '', name: r.employer ?? '', n: Number(r.n) }));
  }

  /** Contacts whose employer has one of these normalised names (not linked to the company). */
  async atEmployers(keys: readonly string[], exceptCompanyId: number): Promise<number[]> {
    if (keys.length === 0) return [];
    const rows = await this.db
      .selectFrom('contacts')
      .select('id')
      .where('employer_key', 'in', keys)
      .where((eb) => eb.or([eb('company_id', 'is', null), eb('company_id', '!=', exceptCompanyId)]))
      .orderBy('name')
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Folds `dropId` into `keepId`: every interview, action, message and offer that named the
   * dropped contact names the kept one; empty fields of the kept contact take the dropped one's.
   */
  async merge(keepId: number, dropId: number, now: Instant): Promise<void> {
    const both = await this.db
      .selectFrom('interview_interviewers')
      .select('interview_id')
      .where('contact_id', '=', keepId)
      .execute();
    const shared = both.map((r) => r.interview_id);
    if (shared.length > 0) {
      await this.db
        .deleteFrom('interview_interviewers')
        .where('contact_id', '=', dropId)
        .where('interview_id', 'in', shared)
        .execute();
    }
    await this.db
      .updateTable('interview_interviewers')
      .set({ contact_id: keepId })
      .where('contact_id', '=', dropId)
      .execute();
    // Planned actions per person carry the contact in their stable key (`thank_you:i3:c7`): the
    // key follows the merge, or re-planning would plan the same note again for the kept contact.
    const keyed = await this.db
      .selectFrom('actions')
      .select(['id', 'key'])
      .where('contact_id', '=', dropId)
      .execute();
    for (const a of keyed) {
      const suffix = `:c${String(dropId)}`;
      if (!a.key.endsWith(suffix)) continue;
      const key = `${a.key.slice(0, -suffix.length)}:c${String(keepId)}`;
      const taken = await this.db
        .selectFrom('actions')
        .select('id')
        .where('key', '=', key)
        .executeTakeFirst();
      if (taken === undefined) {
        await this.db.updateTable('actions').set({ key }).where('id', '=', a.id).execute();
      } else {
        // The kept contact already has that action (both were named at one interview): one
        // person gets one note.
        await this.db
          .updateTable('actions')
          .set({ status: 'cancelled', reason: 'the same person as another contact (merged)' })
          .where('id', '=', a.id)
          .where('status', '=', 'pending')
          .execute();
      }
    }
    for (const table of ['actions', 'messages', 'offers'] as const) {
      await this.db
        .updateTable(table)
        .set({ contact_id: keepId })
        .where('contact_id', '=', dropId)
        .execute();
    }
    const [keep, drop] = await Promise.all([
      this.db.selectFrom('contacts').selectAll().where('id', '=', keepId).executeTakeFirstOrThrow(),
      this.db.selectFrom('contacts').selectAll().where('id', '=', dropId).executeTakeFirstOrThrow(),
    ]);
    const later = (a: string | null, b: string | null) =>
      a === null ? b : b === null ? a : a > b ? a : b;
    await this.db.deleteFrom('contacts').where('id', '=', dropId).execute();
    await this.db
      .updateTable('contacts')
      .set({
        email: keep.email ?? drop.email,
        phone: keep.phone ?? drop.phone,
        title: keep.title ?? drop.title,
        company_id: keep.company_id ?? drop.company_id,
        linkedin_url: keep.linkedin_url ?? drop.linkedin_url,
        employer: keep.employer ?? drop.employer,
        employer_key: keep.employer === null ? drop.employer_key : keep.employer_key,
        notes:
          keep.notes !== null && drop.notes !== null && keep.notes !== drop.notes
            ? `${keep.notes}\n\n${drop.notes}`
            : (keep.notes ?? drop.notes),
        connected_on: keep.connected_on ?? drop.connected_on,
        last_contacted_at: later(keep.last_contacted_at, drop.last_contacted_at),
        updated_at: now,
      })
      .where('id', '=', keepId)
      .execute();
  }

  /**
   * The applications a contact is linked to (interviewed for, named in an action, a message or an
   * offer, or works at the company) and the messages written to them.
   */
  async links(contactId: number, companyId: number | null): Promise<ContactLinks> {
    const apps = new Map<number, ContactLinks['applications'][number]>();
    const add = (
      rows: { id: number; company: string; role: string; status: string }[],
      via: string,
    ) => {
      for (const r of rows) if (!apps.has(r.id)) apps.set(r.id, { ...r, via });
    };
    const base = () =>
      this.db
        .selectFrom('applications as a')
        .innerJoin('companies as co', 'co.id', 'a.company_id')
        .select(['a.id', 'co.name as company', 'a.role', 'a.status']);
    add(
      await base()
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('interviews as i')
              .innerJoin('interview_interviewers as ii', 'ii.interview_id', 'i.id')
              .select('i.id')
              .whereRef('i.application_id', '=', 'a.id')
              .where('ii.contact_id', '=', contactId),
          ),
        )
        .orderBy('a.id')
        .execute(),
      'interviewer',
    );
    const linked = (table: 'messages' | 'actions' | 'offers') =>
      base()
        .where('a.id', 'in', (eb) =>
          eb
            .selectFrom(table)
            .select(`${table}.application_id`)
            .where(`${table}.contact_id`, '=', contactId)
            .where(`${table}.application_id`, 'is not', null),
        )
        .orderBy('a.id')
        .execute();
    add(await linked('messages'), 'message');
    add(await linked('actions'), 'action');
    add(await linked('offers'), 'offer');
    if (companyId !== null) {
      add(await base().where('a.company_id', '=', companyId).orderBy('a.id').execute(), 'company');
    }
    const messages = await this.db
      .selectFrom('messages')
      .select([
        'id',
        'kind',
        'channel',
        'state',
        'subject',
        'application_id',
        'sent_at',
        'created_at',
      ])
      .where('contact_id', '=', contactId)
      .orderBy('id')
      .execute();
    return {
      applications: [...apps.values()],
      messages: messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        channel: m.channel,
        state: m.state,
        subject: m.subject,
        applicationId: m.application_id,
        sentAt: m.sent_at,
        createdAt: m.created_at,
      })),
    };
  }
}
