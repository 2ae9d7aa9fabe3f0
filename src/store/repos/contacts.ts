import { sql, type Kysely, type Selectable } from 'kysely';
import { companyKey } from '../../domain/network/match.js';
import type {
  Contact,
  ContactSource,
  Instant,
  LocalDate,
  Relationship,
} from '../../domain/types.js';
import type { DB } from '../schema.js';

export interface NewContact {
  name: string;
  email: string | null;
  companyId: number | null;
  relationship: Relationship;
  title?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  employer?: string | null;
  notes?: string | null;
  source?: ContactSource;
  connectedOn?: LocalDate | null;
}

/** Fields a user edits; `null` clears one, a missing key leaves it. */
export interface ContactPatch {
  name?: string;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  employer?: string | null;
  companyId?: number | null;
  linkedinUrl?: string | null;
  relationship?: Relationship;
  notes?: string | null;
  connectedOn?: LocalDate | null;
  lastContactedAt?: Instant | null;
}

/** A contact as lists show it: the company of yours they are linked to, by name. */
export interface ContactRow extends Contact {
  company: string | null;
}

export class ContactRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The contact for a person named at an interview or as a recipient: the same e-mail, or else
   * the same name at the same company (with no other e-mail on file), is the same person;
   * otherwise a new contact. An e-mail learnt later is kept.
   */
  async findOrCreate(c: NewContact, now: Instant): Promise<Contact> {
    if (c.email !== null) {
      const byEmail = await this.db
        .selectFrom('contacts')
        .selectAll()
        .where('email', '=', c.email)
        .orderBy('id')
        .executeTakeFirst();
      if (byEmail !== undefined) return toContact(byEmail);
    }
    let q = this.db
      .selectFrom('contacts')
      .selectAll()
      .where('name', '=', c.name)
      .where('company_id', c.companyId === null ? 'is' : '=', c.companyId);
    const email = c.email;
    if (email !== null)
      q = q.where((eb) => eb.or([eb('email', 'is', null), eb('email', '=', email)]));
    const byName = await q.orderBy('id').executeTakeFirst();
    if (byName !== undefined) {
      if (c.email !== null && byName.email === null) {
        await this.update(byName.id, { email: c.email }, now);
        return { ...toContact(byName), email: c.email };
      }
      return toContact(byName);
    }
    return this.insert(c, now);
  }

  async insert(c: NewContact, now: Instant): Promise<Contact> {
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
        employer: c.employer ?? null,
        employer_key: c.employer == null ? null : companyKey(c.employer) || null,
        notes: c.notes ?? null,
        source: c.source ?? (c.relationship === 'interviewer' ? 'interview' : 'manual'),
        connected_on: c.connectedOn ?? null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toContact(row);
  }

  async update(id: number, p: ContactPatch, now: Instant): Promise<void> {
    await this.db
      .updateTable('contacts')
      .set({
        ...(p.name !== undefined && { name: p.name }),
        ...(p.email !== undefined && { email: p.email }),
        ...(p.phone !== undefined && { phone: p.phone }),
        ...(p.title !== undefined && { title: p.title }),
        ...(p.employer !== undefined && {
          employer: p.employer,
          employer_key: p.employer === null ? null : companyKey(p.employer) || null,
        }),
        ...(p.companyId !== undefined && { company_id: p.companyId }),
        ...(p.linkedinUrl !== undefined && { linkedin_url: p.linkedinUrl }),
        ...(p.relationship !== undefined && { relationship: p.relationship }),
        ...(p.notes !== undefined && { notes: p.notes }),
        ...(p.connectedOn !== undefined && { connected_on: p.connectedOn }),
        ...(p.lastContactedAt !== undefined && { last_contacted_at: p.lastContactedAt }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async get(id: number): Promise<Contact | undefined> {
    const row = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toContact(row);
  }

  /** Contacts by name, optionally those whose name, employer, title or e-mail contain `q`. */
  async list(
    opts: {
      q?: string;
      companyId?: number;
      employerKey?: string;
      limit?: number;
      offset?: number;
    } = {},
  ): Promise<ContactRow[]> {
    let q = this.db
      .selectFrom('contacts')
      .leftJoin('companies', 'companies.id', 'contacts.company_id')
      .selectAll('contacts')
      .select('companies.name as company');
    if (opts.companyId !== undefined) q = q.where('contacts.company_id', '=', opts.companyId);
    if (opts.employerKey !== undefined) q = q.where('contacts.employer_key', '=', opts.employerKey);
    if (opts.q !== undefined && opts.q !== '') {
      // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
      const like = `%${opts.q.replace(/[\\%_]/gu, (m) => `\\${m}`)}%`;
      q = q.where((eb) =>
        eb.or(
          (['contacts.name', 'contacts.employer', 'contacts.title', 'contacts.email'] as const).map(
            (col) => sql<boolean>`lower(${sql.ref(col)}) LIKE lower(${like}) ESCAPE '\\'`,
          ),
        ),
      );
    }
    const rows = await q
      .orderBy('contacts.name')
      .orderBy('contacts.id')
      .limit(opts.limit ?? 1000)
      .offset(opts.offset ?? 0)
      .execute();
    return rows.map((r) => ({ ...toContact(r), company: r.company }));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
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

  /** The people at the company who could help, other than the given ones, by name. */
  async helpersAt(
    companyId: number,
    except: readonly number[],
  ): Promise<{ id: number; name: string }[]> {
    let q = this.db
      .selectFrom('contacts')
      .select(['id', 'name'])
      .where('company_id', '=', companyId)
      .where('relationship', '!=', 'interviewer');
    if (except.length > 0) q = q.where('id', 'not in', except);
    return q.orderBy('id').execute();
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

export const toContact = (r: Selectable<DB['contacts']>): Contact => ({
  id: r.id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  title: r.title,
  companyId: r.company_id,
  linkedinUrl: r.linkedin_url,
  relationship: r.relationship as Relationship,
  lastContactedAt: r.last_contacted_at,
  employer: r.employer,
  notes: r.notes,
  source: r.source as ContactSource,
  connectedOn: r.connected_on,
});
