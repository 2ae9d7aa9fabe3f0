import type { Kysely, Selectable } from 'kysely';
import { normalizeCompanyName } from '../../domain/company.js';
import type { Company, Instant } from '../../domain/types.js';
import type { DB } from '../schema.js';

export class CompanyRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** The company with this (normalised) name, created on first mention. */
  async findOrCreate(name: string, now: Instant): Promise<Company> {
    const normalizedName = normalizeCompanyName(name);
    const byName = () =>
      this.db
        .selectFrom('companies')
        .selectAll()
        .where('normalized_name', '=', normalizedName)
        .executeTakeFirst();
    const found = await byName();
    if (found !== undefined) return toCompany(found);
    // Another writer may create it between the read and the insert (PostgreSQL runs writers
    // side by side): insert-or-nothing, and then theirs is the company.
    const row = await this.db
      .insertInto('companies')
      .values({ name: name.trim(), normalized_name: normalizedName, created_at: now })
      .onConflict((oc) => oc.column('normalized_name').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) {
      const theirs = await byName();
      if (theirs === undefined) throw new Error(`company ${normalizedName} vanished`);
      return toCompany(theirs);
    }
    // People imported before you applied there are at this company from now on.
    await this.db
      .updateTable('contacts')
      .set({ company_id: row.id, updated_at: now })
      .where('employer_key', '=', normalizedName)
      .where('company_id', 'is', null)
      .execute();
    return toCompany(row);
  }

  async get(id: number): Promise<Company | undefined> {
    const row = await this.db
      .selectFrom('companies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toCompany(row);
  }

  /** Every company's name: the spelling check knows them. */
  async names(): Promise<string[]> {
    const rows = await this.db.selectFrom('companies').select('name').orderBy('id').execute();
    return rows.map((r) => r.name);
  }
}

const toCompany = (r: Selectable<DB['companies']>): Company => ({
  id: r.id,
  name: r.name,
  normalizedName: r.normalized_name,
  website: r.website,
  notes: r.notes,
});
