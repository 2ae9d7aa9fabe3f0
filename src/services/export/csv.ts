import type { Row } from '../../store/repos/data.js';
import type { ExportFile } from './format.js';

/**
 * CSV files for spreadsheets (not for import): applications, interviews, actions, contacts and
 * offers, every column of the table plus the company (and role) each row belongs to, so a sheet
 * reads without lookups.
 */

export const CSV_TABLES = ['applications', 'interviews', 'actions', 'contacts', 'offers'] as const;

/**
 * One cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@`, tab, CR first) gets a leading apostrophe: exported notes must not become formulas.
 */
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: readonly (string | number | null)[]): string => cells.map(cell).join(',');

export interface CsvFile {
  name: string;
  text: string;
}

/** The CSV files of an export. */
export function csvFiles(file: ExportFile): CsvFile[] {
  const byId = (t: string): Map<number, Row> =>
    new Map((file.tables[t] ?? []).map((r) => [Number(r.id), r]));
  const companies = byId('companies');
  const apps = byId('applications');
  const companyName = (id: unknown): string | null =>
    id === null || id === undefined ? null : String(companies.get(Number(id))?.name ?? '');
  return CSV_TABLES.map((t) => {
    const rows = file.tables[t] ?? [];
    const columns = Object.keys(rows[0] ?? {});
    const viaApp = columns.includes('application_id');
    const viaCompany = columns.includes('company_id');
    const extra = viaApp ? ['company', 'role'] : viaCompany ? ['company'] : [];
    const lines = [line([...columns, ...extra])];
    for (const r of rows) {
      const app =
        viaApp && r.application_id !== null ? apps.get(Number(r.application_id)) : undefined;
      const more = viaApp
        ? [companyName(app?.company_id), app === undefined ? null : String(app.role ?? '')]
        : viaCompany
          ? [companyName(r.company_id)]
          : [];
      lines.push(line([...columns.map((c) => r[c] ?? null), ...more]));
    }
    return { name: `${t}.csv`, text: `${lines.join('\r\n')}\r\n` };
  });
}
