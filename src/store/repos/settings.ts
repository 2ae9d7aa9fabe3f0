import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

/** Settings as key → JSON value; the domain owns defaults and validation. */
export class SettingsRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async all(): Promise<Record<string, unknown>> {
    const rows = await this.db.selectFrom('settings').selectAll().execute();
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  }

  /** The stored values of these keys only: a part of the settings reads its own fields. */
  async some(keys: readonly string[]): Promise<Record<string, unknown>> {
    if (keys.length === 0) return {};
    const rows = await this.db
      .selectFrom('settings')
      .selectAll()
      .where('key', 'in', keys)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  }

  async put(values: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      await this.db
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();
    }
  }
}
