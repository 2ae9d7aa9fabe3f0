import type { Kysely, Selectable } from 'kysely';
import type { Contact, Instant, Relationship } from '../../domain/types.js';
import type { DB } from '../schema.js';

export interface NewContact {
  name: string;
  email: string | null;
  companyId: number | null;
  relationship: Relationship;
  title?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
}

export class ContactRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The contact for a person named at an interview: the same e-mail, or else the same name at the
   * same company, is the same person; otherwise a new contact.
   */
  async findOrCreate(c: NewContact, now: Instant): Promise<Contact> {
    let q = this.db.selectFrom('contacts').selectAll();
    q =
      c.email !== null
        ? q.where('email', '=', c.email)
        : q
            .where('name', '=', c.name)
            .where('company_id', c.companyId === null ? 'is' : '=', c.companyId);
    const found = await q.orderBy('id').executeTakeFirst();
    if (found !== undefined) return toContact(found);
    const row = await this.db
      .insertInto('contacts')
      .values({
        name: c.name,
        email: c.email,
        phone: c.phone ?? null,
        title: c.title ?? null,
        company_id: c.companyId,
        linkedin_url: c.linkedinUrl ?? null,
        relationship: c.relationship,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toContact(row);
  }

  async get(id: number): Promise<Contact | undefined> {
    const row = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toContact(row);
  }

  /** Everyone known at a company, by name. */
  async listAtCompany(companyId: number): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('company_id', '=', companyId)
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map(toContact);
  }

  /** People at the company who could help, other than the given ones (the interviewers). */
  async countAtCompany(companyId: number, except: readonly number[]): Promise<number> {
    let q = this.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('company_id', '=', companyId)
      .where('relationship', '!=', 'interviewer');
    if (except.length > 0) q = q.where('id', 'not in', except);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async markContacted(id: number, at: Instant): Promise<void> {
    await this.db
      .updateTable('contacts')
      .set({ last_contacted_at: at })
      .where('id', '=', id)
      .execute();
  }

  /** A non-interviewer contact at the company (an outreach recipient), the earliest added. */
  async connectionAt(
    companyId: number,
  ): Promise<{ id: number; name: string; email: string | null; title: string | null } | undefined> {
    return this.db
      .selectFrom('contacts')
      .select(['id', 'name', 'email', 'title'])
      .where('company_id', '=', companyId)
      .where('relationship', '!=', 'interviewer')
      .orderBy('id')
      .executeTakeFirst();
  }

  /** Every contact's name: the spelling check knows them. */
  async names(): Promise<string[]> {
    const rows = await this.db.selectFrom('contacts').select('name').orderBy('id').execute();
    return rows.map((r) => r.name);
  }
}

const toContact = (r: Selectable<DB['contacts']>): Contact => ({
  id: r.id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  title: r.title,
  companyId: r.company_id,
  linkedinUrl: r.linkedin_url,
  relationship: r.relationship as Relationship,
  lastContactedAt: r.last_contacted_at,
});
