import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import { EXCLUDED_TABLES, EXPORTED_TABLES } from '../tables.js';

/** One row as stored: column → SQLite value (text, number or null), columns in table order. */
export type Row = Record<string, string | number | null>;

export interface TableShape {
  columns: string[];
  /** Primary key columns in key order (rows are listed in this order: stable across imports). */
  key: string[];
}

/** Rows per INSERT statement: few statements, well below SQLite's variable limit. */
const BATCH_VARIABLES = 30_000;

/**
 * Whole tables, for export, import and backup checks. Table-driven: it reads the shape of each
 * table from SQLite (`pragma table_info`), so a column a migration adds travels without code.
 * Table and column names come from `EXPORTED_TABLES` and the schema itself, never from input.
 */
export class DataRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every table in the database, SQLite's own included. */
  async tableNames(): Promise<string[]> {
    const r = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' order by name`.execute(this.db);
    return r.rows.map((x) => x.name);
  }

  /** The newest migration applied: the schema an export was made with. */
  async schemaVersion(): Promise<number> {
    const r = await sql<{ v: number | null }>`select max(id) as v from schema_migrations`.execute(
      this.db,
    );
    return r.rows[0]?.v ?? 0;
  }

  async shape(table: string): Promise<TableShape> {
    const r = await sql<{ name: string; pk: number }>`
      select name, pk from pragma_table_info(${table}) order by cid`.execute(this.db);
    const columns = r.rows.map((c) => c.name);
    const key = r.rows
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    return { columns, key: key.length > 0 ? key : columns };
  }

  /** All rows of a table, ordered by its primary key. */
  async rows(table: string, shape: TableShape): Promise<Row[]> {
    const order = sql.join(shape.key.map((k) => sql.ref(k)));
    const cols = sql.join(shape.columns.map((c) => sql.ref(c)));
    const r = await sql<Row>`select ${cols} from ${sql.table(table)} order by ${order}`.execute(
      this.db,
    );
    return r.rows;
  }

  async count(table: string): Promise<number> {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
      this.db,
    );
    return r.rows[0]?.n ?? 0;
  }

  /** Whether no exported table holds a row (a fresh home). */
  async isEmpty(): Promise<boolean> {
    for (const t of EXPORTED_TABLES) if ((await this.count(t)) > 0) return false;
    return true;
  }

  /**
   * Inserts rows with their own ids. `keep`: a row whose key (or another unique value, such as
   * a company's normalised name) is already there is left as it is, not duplicated.
   */
  async insert(table: string, columns: string[], rows: readonly Row[], keep: boolean) {
    const per = Math.max(1, Math.floor(BATCH_VARIABLES / Math.max(1, columns.length)));
    const cols = sql.join(columns.map((c) => sql.ref(c)));
    const verb = keep ? sql`insert or ignore into` : sql`insert into`;
    for (let i = 0; i < rows.length; i += per) {
      const values = rows
        .slice(i, i + per)
        .map((row) => sql`(${sql.join(columns.map((c) => row[c] ?? null))})`);
      await sql`${verb} ${sql.table(table)} (${cols}) values ${sql.join(values)}`.execute(this.db);
    }
  }

  /** Foreign keys are checked at commit from now on (rows that refer to each other in a cycle). */
  async deferForeignKeys(): Promise<void> {
    await sql`pragma defer_foreign_keys = on`.execute(this.db);
  }

  /** Throws when a row refers to one that does not exist. */
  async checkForeignKeys(): Promise<void> {
    const r = await sql<{ table: string; parent: string }>`pragma foreign_key_check`.execute(
      this.db,
    );
    const first = r.rows[0];
    if (first !== undefined) {
      throw new Error(`a row of ${first.table} refers to a missing row of ${first.parent}`);
    }
  }

  /**
   * Replaces every row of this database with those of another database file of the same schema
   * (a backup brought up to date), in one transaction: a restore is all or nothing, and the live
   * connection (and anyone else's) stays valid. ATTACH cannot run inside a transaction.
   */
  async replaceAllFrom(file: string): Promise<void> {
    await sql`attach database ${file} as restored`.execute(this.db);
    try {
      await this.db.transaction().execute(async (trx) => {
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        const tables = await sql<{ name: string }>`
          select name from main.sqlite_master where type = 'table'
            and name not in ('sqlite_sequence', 'schema_migrations') order by name`.execute(trx);
        // Every table emptied first: a cascade from deleting a parent must not reach rows
        // already copied.
        for (const { name } of tables.rows) await sql`delete from ${sql.table(name)}`.execute(trx);
        for (const { name } of tables.rows) {
          const cols = await sql<{ name: string }>`
            select name from pragma_table_info(${name}) order by cid`.execute(trx);
          const list = sql.join(cols.rows.map((c) => sql.ref(c.name)));
          await sql`insert into ${sql.table(name)} (${list})
            select ${list} from ${sql.table(`restored.${name}`)}`.execute(trx);
        }
      });
    } finally {
      await sql`detach database restored`.execute(this.db);
    }
  }

  /** Tables neither exported nor excluded (a migration added them): none, when export is whole. */
  async unaccounted(): Promise<string[]> {
    const known = new Set<string>([...EXPORTED_TABLES, ...Object.keys(EXCLUDED_TABLES)]);
    return (await this.tableNames()).filter((t) => !known.has(t));
  }
}
