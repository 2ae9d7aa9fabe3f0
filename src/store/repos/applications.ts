import { sql, type Kysely, type Selectable } from 'kysely';
import { OPEN_STATUSES, type Status } from '../../domain/status.js';
import type { Application, Instant, LocalDate } from '../../domain/types.js';
import type { DB } from '../schema.js';

export interface NewApplication {
  companyId: number;
  role: string;
  url: string | null;
  source: string | null;
  location: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  status: Status;
  appliedOn: LocalDate | null;
  notes: string | null;
}

export interface ApplicationFilter {
  status?: Status;
  /** Words that must all appear in the company name or the role (case-insensitive). */
  q?: string;
  limit?: number;
  offset?: number;
}

type Row = Selectable<DB['applications']> & { company: string };

export class ApplicationRepo {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('applications as a')
      .innerJoin('companies as c', 'c.id', 'a.company_id')
      .selectAll('a')
      .select('c.name as company');
  }

  async insert(app: NewApplication, now: Instant): Promise<number> {
    const row = await this.db
      .insertInto('applications')
      .values({
        company_id: app.companyId,
        role: app.role,
        url: app.url,
        source: app.source,
        location: app.location,
        salary_min: app.salaryMin,
        salary_max: app.salaryMax,
        salary_currency: app.salaryCurrency,
        status: app.status,
        applied_on: app.appliedOn,
        notes: app.notes,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async get(id: number): Promise<Application | undefined> {
    const row = await this.base().where('a.id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toApplication(row);
  }

  async list(filter: ApplicationFilter = {}): Promise<Application[]> {
    let q = this.base().orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc');
    if (filter.status !== undefined) q = q.where('a.status', '=', filter.status);
    for (const word of (filter.q ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '')) {
      // LIKE with an explicit escape, so "%" or "_" typed by the user match themselves.
      const pattern = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      q = q.where(
        sql<boolean>`(lower(c.name) like ${pattern} escape '\\' or lower(a.role) like ${pattern} escape '\\')`,
      );
    }
    if (filter.limit !== undefined) q = q.limit(filter.limit).offset(filter.offset ?? 0);
    return (await q.execute()).map(toApplication);
  }

  async setStatus(
    id: number,
    status: Status,
    appliedOn: LocalDate | null,
    now: Instant,
  ): Promise<void> {
    await this.db
      .updateTable('applications')
      .set({ status, applied_on: appliedOn, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async touch(id: number, now: Instant): Promise<void> {
    await this.db
      .updateTable('applications')
      .set({ updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  /** Open applications past `saved`: the ones a seeker is actually waiting on. */
  async countActive(): Promise<number> {
    const row = await this.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(
        'status',
        'in',
        OPEN_STATUSES.filter((s) => s !== 'saved'),
      )
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async lastAppliedOn(): Promise<LocalDate | null> {
    const row = await this.db
      .selectFrom('applications')
      .select((eb) => eb.fn.max('applied_on').as('d'))
      .executeTakeFirst();
    return row?.d ?? null;
  }
}

const toApplication = (r: Row): Application => ({
  id: r.id,
  companyId: r.company_id,
  company: r.company,
  role: r.role,
  url: r.url,
  source: r.source,
  location: r.location,
  salaryMin: r.salary_min,
  salaryMax: r.salary_max,
  salaryCurrency: r.salary_currency,
  status: r.status as Status,
  appliedOn: r.applied_on,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
