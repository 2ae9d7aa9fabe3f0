import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';
import type { DB } from '../schema.js';
import { EXCLUDED_TABLES, EXPORTED_TABLES, JSON_COLUMNS } from '../tables.js';

/**
 * One row as stored: column → SQLite value (text, number or null), columns in table order. On
 * PostgreSQL the store's type conversions (postgres/types.ts) give the same values.
 */
export type Row = Record<string, string | number | null>;

export interface TableShape {
  columns: string[];
  /** Primary key columns in key order (rows are listed in this order: stable across imports). */
  key: string[];
  /** Key columns that hold text: ordered bytewise on both databases (SQLite's default). */
  textKey: string[];
}

/** Rows per INSERT statement: few statements, well below SQLite's variable limit. */
const BATCH_VARIABLES = 30_000;

/**
 * Whole tables, for export, import and backup checks. Table-driven: it reads the shape of each
 * table from the database's catalog (SQLite's `pragma table_info`, PostgreSQL's
 * information_schema), so a column a migration adds travels without code. Both dialects' tables
 * have their columns in the same order, so an export is the same bytes from either. Table and
 * column names come from `EXPORTED_TABLES` and the schema itself, never from input.
 */
export class DataRepo {
  private readonly pg: boolean;

  constructor(private readonly db: Kysely<DB>) {
    this.pg = isPostgres(db);
  }

  /** Every table in the database, SQLite's own included. */
  async tableNames(): Promise<string[]> {
    const r = this.pg
      ? await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
          order by table_name collate "C"`.execute(this.db)
      : await sql<{ name: string }>`
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
    const r = this.pg
      ? await sql<{ name: string; pk: number; text: boolean }>`
          select c.column_name as name, coalesce(k.ordinal_position, 0)::int as pk,
                 c.data_type = 'text' as text
          from information_schema.columns c
          left join information_schema.table_constraints t
            on t.table_schema = c.table_schema and t.table_name = c.table_name
           and t.constraint_type = 'PRIMARY KEY'
          left join information_schema.key_column_usage k
            on k.constraint_name = t.constraint_name and k.table_schema = t.table_schema
           and k.table_name = c.table_name and k.column_name = c.column_name
          where c.table_schema = current_schema() and c.table_name = ${table}
          order by c.ordinal_position`.execute(this.db)
      : await sql<{ name: string; pk: number; text: number }>`
          select name, pk, 0 as text from pragma_table_info(${table}) order by cid`.execute(
          this.db,
        );
    const columns = r.rows.map((c) => c.name);
    const pk = r.rows.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const keyRows = pk.length > 0 ? pk : r.rows;
    return {
      columns,
      key: keyRows.map((c) => c.name),
      // pg's boolean arrives as 1/0 (types.ts).
      textKey: keyRows.filter((c) => Number(c.text) === 1).map((c) => c.name),
    };
  }

  /** The columns of `table` that hold JSON, as PostgreSQL's catalog says (none on SQLite). */
  async jsonColumns(table: string): Promise<string[]> {
    if (!this.pg) return [];
    const r = await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_schema = current_schema() and table_name = ${table}
        and data_type in ('json', 'jsonb')
      order by ordinal_position`.execute(this.db);
    return r.rows.map((x) => x.name);
  }

  /**
   * All rows of a table, ordered by its primary key; JSON columns in canonical form (keys
   * sorted, no spaces), the same text from either database.
   */
  async rows(table: string, shape: TableShape): Promise<Row[]> {
    const order = sql.join(
      shape.key.map((k) =>
        shape.textKey.includes(k) ? sql`${sql.ref(k)} collate "C"` : sql.ref(k),
      ),
    );
    const cols = sql.join(shape.columns.map((c) => sql.ref(c)));
    const r = await sql<Row>`select ${cols} from ${sql.table(table)} order by ${order}`.execute(
      this.db,
    );
    const json = JSON_COLUMNS[table] ?? [];
    if (json.length === 0) return r.rows;
    for (const row of r.rows) {
      for (const c of json) {
        const v = row[c];
        if (typeof v === 'string') row[c] = canonicalJson(v);
      }
    }
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
    const verb = keep && !this.pg ? sql`insert or ignore into` : sql`insert into`;
    const tail = keep && this.pg ? sql`on conflict do nothing` : sql``;
    for (let i = 0; i < rows.length; i += per) {
      const values = rows
        .slice(i, i + per)
        .map((row) => sql`(${sql.join(columns.map((c) => row[c] ?? null))})`);
      await sql`${verb} ${sql.table(table)} (${cols}) values ${sql.join(values)} ${tail}`.execute(
        this.db,
      );
    }
    if (this.pg) await this.resumeIds(table);
  }

  /**
   * After rows came in with their own ids, PostgreSQL's identity would hand out those ids again:
   * it restarts after the largest. (SQLite's next id is always past the largest.)
   */
  private async resumeIds(table: string): Promise<void> {
    const r = await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_schema = current_schema() and table_name = ${table}
        and is_identity = 'YES'`.execute(this.db);
    for (const { name } of r.rows) {
      await sql`select setval(pg_get_serial_sequence(${table}, ${name}),
        coalesce((select max(${sql.ref(name)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
        this.db,
      );
    }
  }

  /**
   * Foreign keys are checked at commit from now on (rows that refer to each other in a cycle).
   * On PostgreSQL every insert is checked at once: the export's table order puts parents first
   * and its tables have no cycle.
   */
  async deferForeignKeys(): Promise<void> {
    if (!this.pg) await sql`pragma defer_foreign_keys = on`.execute(this.db);
  }

  /** Throws when a row refers to one that does not exist (PostgreSQL did on each insert). */
  async checkForeignKeys(): Promise<void> {
    if (this.pg) return;
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

  /**
   * After a bulk import, PostgreSQL's planner has no statistics of the new rows until autovacuum
   * comes by, and picks plans for empty tables; gather them now (run outside the import's
   * transaction, so that it sees the rows). SQLite plans from its indexes alone.
   */
  async refreshStatistics(): Promise<void> {
    if (this.pg) await sql`analyze`.execute(this.db);
  }

  /** Tables neither exported nor excluded (a migration added them): none, when export is whole. */
  async unaccounted(): Promise<string[]> {
    const known = new Set<string>([...EXPORTED_TABLES, ...Object.keys(EXCLUDED_TABLES)]);
    return (await this.tableNames()).filter((t) => !known.has(t));
  }
}

/** Sorts object keys (by UTF-16 code units) all the way down. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = sortKeys(o[k]);
  return out;
}

/** JSON text in one form: parsed and written again with sorted keys; text that is not JSON as is. */
export function canonicalJson(text: string): string {
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}
