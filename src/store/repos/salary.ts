import type { Kysely, Selectable } from 'kysely';
import type { DataPoint, Period } from '../../domain/offers/pay.js';
import { researchKey, type SalaryResearch } from '../../domain/offers/types.js';
import type { Instant } from '../../domain/types.js';
import type { DB } from '../schema.js';

export interface ResearchPatch {
  target?: number | null;
  walkAway?: number | null;
  currency?: string | null;
  note?: string | null;
}

/** Salary research and its data points (PRODUCT.md §9). */
export class SalaryRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The research that applies to an application: its own, else the shared one for its role and
   * location.
   */
  async forApplication(app: {
    id: number;
    role: string;
    location: string | null;
  }): Promise<SalaryResearch | undefined> {
    const rows = await this.db
      .selectFrom('salary_research')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('application_id', '=', app.id),
          eb.and([
            eb('application_id', 'is', null),
            eb('role_key', '=', researchKey(app.role)),
            eb('location_key', '=', researchKey(app.location)),
          ]),
        ]),
      )
      .execute();
    const row = rows.find((r) => r.application_id === app.id) ?? rows[0];
    return row === undefined ? undefined : this.withPoints(row);
  }

  /** Which of these applications have research (theirs or shared) with a point or a target. */
  async researched(
    apps: readonly { id: number; role: string; location: string | null }[],
  ): Promise<Set<number>> {
    const out = new Set<number>();
    if (apps.length === 0) return out;
    const rows = await this.db
      .selectFrom('salary_research as r')
      .select(['r.id', 'r.application_id', 'r.role_key', 'r.location_key', 'r.target'])
      .select((eb) =>
        eb
          .selectFrom('salary_points as p')
          .whereRef('p.research_id', '=', 'r.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('points'),
      )
      .where((eb) =>
        eb.or([
          eb(
            'r.application_id',
            'in',
            apps.map((a) => a.id),
          ),
          eb('r.role_key', 'in', [...new Set(apps.map((a) => researchKey(a.role)))]),
        ]),
      )
      .execute();
    for (const a of apps) {
      const has = rows.some(
        (r) =>
          (r.target !== null || (r.points ?? 0) > 0) &&
          (r.application_id === a.id ||
            (r.application_id === null &&
              r.role_key === researchKey(a.role) &&
              r.location_key === researchKey(a.location))),
      );
      if (has) out.add(a.id);
    }
    return out;
  }

  async get(id: number): Promise<SalaryResearch | undefined> {
    const row = await this.db
      .selectFrom('salary_research')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : this.withPoints(row);
  }

  /** Every research, newest first (the shared ones serve several applications). */
  async list(): Promise<SalaryResearch[]> {
    const rows = await this.db
      .selectFrom('salary_research')
      .selectAll()
      .orderBy('id', 'desc')
      .execute();
    return Promise.all(rows.map((r) => this.withPoints(r)));
  }

  async insert(
    r: { applicationId: number | null; role: string; location: string | null },
    now: Instant,
  ): Promise<number> {
    const row = await this.db
      .insertInto('salary_research')
      .values({
        application_id: r.applicationId,
        role: r.role,
        location: r.location,
        role_key: researchKey(r.role),
        location_key: researchKey(r.location),
        target: null,
        walk_away: null,
        currency: null,
        note: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(id: number, p: ResearchPatch, now: Instant): Promise<void> {
    await this.db
      .updateTable('salary_research')
      .set({
        ...(p.target === undefined ? {} : { target: p.target }),
        ...(p.walkAway === undefined ? {} : { walk_away: p.walkAway }),
        ...(p.currency === undefined ? {} : { currency: p.currency }),
        ...(p.note === undefined ? {} : { note: p.note }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async addPoints(
    researchId: number,
    points: readonly DataPoint[],
    now: Instant,
  ): Promise<number[]> {
    if (points.length === 0) return [];
    const rows = await this.db
      .insertInto('salary_points')
      .values(
        points.map((p) => ({
          research_id: researchId,
          source: p.source,
          low: p.low,
          median: p.median,
          high: p.high,
          currency: p.currency,
          period: p.period,
          observed_on: p.observedOn,
          created_at: now,
        })),
      )
      .returning('id')
      .execute();
    await this.db
      .updateTable('salary_research')
      .set({ updated_at: now })
      .where('id', '=', researchId)
      .execute();
    return rows.map((r) => r.id);
  }

  private async withPoints(r: Selectable<DB['salary_research']>): Promise<SalaryResearch> {
    const points = await this.db
      .selectFrom('salary_points')
      .selectAll()
      .where('research_id', '=', r.id)
      .orderBy('id')
      .execute();
    return {
      id: r.id,
      applicationId: r.application_id,
      role: r.role,
      location: r.location,
      target: r.target,
      walkAway: r.walk_away,
      currency: r.currency,
      note: r.note,
      points: points.map((p) => ({
        id: p.id,
        source: p.source,
        low: p.low,
        median: p.median,
        high: p.high,
        currency: p.currency,
        period: p.period as Period,
        observedOn: p.observed_on,
      })),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }
}
