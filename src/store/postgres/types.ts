import pg from 'pg';

/**
 * The one place where PostgreSQL's native types become the values the repositories use, which
 * are SQLite's (schema.ts): the repositories, services and tests see the same rows on both.
 *
 * Out of the database (type parsers, per pool, so nothing global changes):
 * - `timestamptz` → ISO-8601 UTC text with milliseconds, as `Date#toISOString` writes it (the
 *   session runs in UTC, see connect.ts, so the text always ends in `+00`);
 * - `date` → `YYYY-MM-DD` text, untouched (pg would make a local-midnight `Date` of it);
 * - `boolean` → 1 / 0, SQLite's flags;
 * - `jsonb` → its JSON text (the repositories parse it where they need it);
 * - `bigint` ids and counts, and `numeric` sums → numbers.
 *
 * Into the database nothing needs converting: pg sends parameters as text and PostgreSQL reads
 * ISO text as `timestamptz`/`date`, `1`/`0` as booleans and JSON text as `jsonb`.
 */

const { builtins } = pg.types;

/** `2026-03-02 22:00:00.5+00` → `2026-03-02T22:00:00.500Z`. */
export function isoInstant(text: string): string {
  if (!text.endsWith('+00')) return new Date(text).toISOString();
  const dot = text.indexOf('.', 19);
  const end = text.length - 3;
  const ms =
    dot === -1
      ? '000'
      : text
          .slice(dot + 1, end)
          .padEnd(3, '0')
          .slice(0, 3);
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${ms}Z`;
}

type Parse = (text: string) => unknown;

const PARSERS = new Map<number, Parse>([
  [builtins.TIMESTAMPTZ, isoInstant],
  [builtins.DATE, (text) => text],
  [builtins.BOOL, (text) => (text === 't' ? 1 : 0)],
  [builtins.JSONB, (text) => text],
  [builtins.JSON, (text) => text],
  [builtins.INT8, Number],
  [builtins.NUMERIC, Number],
]);

type GetTypeParser = pg.CustomTypesConfig['getTypeParser'];
const pgDefault: (...args: Parameters<GetTypeParser>) => Parse = pg.types.getTypeParser;

export const storeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((...args: Parameters<GetTypeParser>) =>
    PARSERS.get(args[0]) ?? pgDefault(...args)) as GetTypeParser,
};
