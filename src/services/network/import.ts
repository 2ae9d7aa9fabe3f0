import { csvRecords } from '../../adapters/csv-records.js';
import { invalidInput } from '../../domain/errors.js';
import {
  HEADER_WITHIN,
  isConnectionsHeader,
  readConnections,
  type Connection,
  type RowProblem,
} from '../../domain/network/linkedin.js';
import { CompanyIndex, companyKey, type CompanyMatch } from '../../domain/network/match.js';
import type { ContactPatch } from '../../store/repos/contacts.js';
import type { ImportedContact, NewImportedContact } from '../../store/repos/network.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { replanCompanies } from './network.js';
import { MAX_EXPORT_BYTES, type LinkedinImportInput } from './schema.js';

/** localeCompare's order, from one collator: localeCompare builds one per call. */
const collate = new Intl.Collator().compare;

/** What an import did, for the summary the CLI prints and the Contacts page shows. */
export interface ImportSummary {
  /** Connections read from the file (blank rows and unreadable rows not counted). */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows that could not be read, or repeated a person already in the file. */
  skipped: number;
  /** People whose employer changed since the last import. */
  moved: number;
  /** People at the companies you applied to, sure or suggested. */
  matched: number;
  companies: { companyId: number; company: string; people: number; suggested: number }[];
  problems: RowProblem[];
}

export type Progress = (done: number, total: number) => void;

/** The line of the first byte that is not UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

/** The file as text; `invalid_input` on `file` when it is too large or not UTF-8. */
export function exportText(bytes: Uint8Array): string {
  if (bytes.length > MAX_EXPORT_BYTES) {
    throw invalidInput(
      `file is ${String(Math.round(bytes.length / 1024 / 1024))} MB, larger than the 10 MB a LinkedIn connections export can be; nothing was imported`,
      'file',
    );
  }
  try {
    // fatal: a Latin-1 or UTF-16 file must be refused, not imported with replacement characters.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput(
      `file is not UTF-8 text (line ${String(firstBadLine(bytes))}): LinkedIn exports UTF-8, so this is not its export or it was re-saved in another encoding; nothing was imported`,
      'file',
    );
  }
}

interface Matcher {
  /** Your companies this employer matches (rejected verdicts left out), best first. */
  of(employer: string, key: string): { companyId: number; name: string; sure: boolean }[];
}

async function matcher(store: Store): Promise<Matcher> {
  const [targets, decisions] = await Promise.all([
    store.network.targetCompanies(),
    store.network.decisions(),
  ]);
  const index = new CompanyIndex(targets);
  const verdict = new Map(decisions.map((d) => [`${d.employerKey}|${String(d.companyId)}`, d]));
  const byId = new Map(targets.map((t) => [t.id, t]));
  const cache = new Map<string, { companyId: number; name: string; sure: boolean }[]>();
  return {
    of(employer, key) {
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const found = new Map<number, { companyId: number; name: string; sure: boolean }>();
      for (const { item, match } of index.matches(employer, key)) {
        const v = verdict.get(`${key}|${String(item.id)}`)?.decision;
        if (v === 'rejected') continue;
        found.set(item.id, { companyId: item.id, name: item.name, sure: sure(match, v) });
      }
      for (const d of decisions) {
        const t = byId.get(d.companyId);
        if (d.employerKey === key && d.decision === 'confirmed' && t !== undefined) {
          found.set(t.id, { companyId: t.id, name: t.name, sure: true });
        }
      }
      const out = [...found.values()];
      cache.set(key, out);
      return out;
    },
  };
}

const sure = (m: CompanyMatch, verdict: string | undefined): boolean =>
  m.score >= 1 || verdict === 'confirmed';

/** The changes a newer row brings to a known person; `moved` when the employer changed. */
function changes(
  old: ImportedContact,
  c: Connection,
  companyOf: (key: string) => number | null,
): { patch: ContactPatch; moved: boolean } {
  const patch: ContactPatch = {};
  const newKey = c.employer === null ? '' : companyKey(c.employer);
  const oldKey = old.employer === null ? '' : companyKey(old.employer);
  const moved = c.employer !== null && newKey !== oldKey && old.employer !== null;
  if (c.employer !== null && c.employer !== old.employer) {
    patch.employer = c.employer;
    if (newKey !== oldKey) patch.companyId = companyOf(newKey);
  }
  if (c.position !== null && c.position !== old.title) patch.title = c.position;
  // A missing e-mail in a newer export means the person hid it, not that it changed.
  if (c.email !== null && c.email !== old.email) patch.email = c.email;
  if (c.connectedOn !== null && c.connectedOn !== old.connectedOn)
    patch.connectedOn = c.connectedOn;
  if (c.url !== null && old.linkedinUrl !== c.url) patch.linkedinUrl = c.url;
  return { patch, moved };
}

/**
 * Imports LinkedIn's `Connections.csv` (PRODUCT.md §8, seeds 003 and 004). A newer export
 * updates people by profile URL (by name when the URL is missing) instead of duplicating them,
 * and moves those who changed employer. Rows that cannot be read are reported by line and
 * reason; the rest is written in one transaction. A file that is not an export, too large or
 * not UTF-8 is refused whole.
 */
export async function importLinkedin(
  ctx: Ctx,
  input: LinkedinImportInput,
  progress: Progress = () => undefined,
): Promise<ImportSummary> {
  const text = exportText(input.file);
  const parsed = csvRecords(text, { startsAt: isConnectionsHeader, within: HEADER_WITHIN });
  const { connections, problems: rowProblems } = readConnections(parsed.records);
  const problems = [...parsed.problems, ...rowProblems];
  const now = ctx.now();
  const total = connections.length;
  return ctx.store.transaction(async (tx) => {
    const [existing, companies, decisions, match] = await Promise.all([
      tx.network.contactsForImport(),
      tx.network.companies(),
      tx.network.decisions(),
      matcher(tx),
    ]);
    const companyByKey = new Map(companies.map((c) => [c.key, c.id]));
    const confirmed = new Map(
      decisions.filter((d) => d.decision === 'confirmed').map((d) => [d.employerKey, d.companyId]),
    );
    const companyOf = (key: string): number | null =>
      key === '' ? null : (companyByKey.get(key) ?? confirmed.get(key) ?? null);
    const byUrl = new Map<string, ImportedContact>();
    const byName = new Map<string, ImportedContact[]>();
    const index = (c: ImportedContact) => {
      if (c.linkedinUrl !== null) byUrl.set(c.linkedinUrl, c);
      const k = c.name.toLowerCase();
      byName.set(k, [...(byName.get(k) ?? []), c]);
    };
    for (const c of existing) index(c);
    const seen = new Map<ImportedContact, number>();
    const created: NewImportedContact[] = [];
    const updates: { id: number; patch: ContactPatch }[] = [];
    /** Companies whose people changed: their `network` actions are re-planned. */
    const touched = new Set<number>();
    const summary: ImportSummary = {
      read: total,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      moved: 0,
      matched: 0,
      companies: [],
      problems,
    };
    const atCompany = new Map<number, ImportSummary['companies'][number]>();
    for (let i = 0; i < connections.length; i++) {
      if (i % 1000 === 0) progress(i, total);
      const c = connections[i];
      if (c === undefined) continue;
      const key = c.employer === null ? '' : companyKey(c.employer);
      let old = c.url === null ? undefined : byUrl.get(c.url);
      if (old === undefined) {
        // By name only where a URL cannot tell: the row has none, or the contact has none.
        const named = (byName.get(c.name.toLowerCase()) ?? []).filter(
          (o) => c.url === null || o.linkedinUrl === null,
        );
        old =
          named.find((o) => o.employer !== null && companyKey(o.employer) === key) ??
          named.find((o) => o.linkedinUrl !== null || c.url !== null) ??
          named[0];
      }
      if (old !== undefined && seen.has(old)) {
        problems.push({
          line: c.line,
          reason: `the same person as line ${String(seen.get(old))} (${c.name}); the first row was used`,
        });
        continue;
      }
      if (old === undefined) {
        const row: NewImportedContact = {
          name: c.name,
          email: c.email,
          linkedinUrl: c.url,
          employer: c.employer,
          title: c.position,
          connectedOn: c.connectedOn,
          companyId: companyOf(key),
        };
        created.push(row);
        const placeholder: ImportedContact = { id: 0, ...row };
        index(placeholder);
        seen.set(placeholder, c.line);
      } else {
        seen.set(old, c.line);
        const { patch, moved } = changes(old, c, companyOf);
        if (Object.keys(patch).length === 0) summary.unchanged++;
        else {
          updates.push({ id: old.id, patch });
          if (patch.companyId !== undefined) {
            if (patch.companyId !== null) touched.add(patch.companyId);
            if (old.companyId !== null) touched.add(old.companyId);
          }
          if (moved) summary.moved++;
        }
      }
      if (c.employer !== null) {
        const found = match.of(c.employer, key);
        if (found.length > 0) summary.matched++;
        for (const f of found) {
          const e = atCompany.get(f.companyId) ?? {
            companyId: f.companyId,
            company: f.name,
            people: 0,
            suggested: 0,
          };
          if (f.sure) e.people++;
          else e.suggested++;
          atCompany.set(f.companyId, e);
        }
      }
    }
    summary.created = created.length;
    summary.updated = updates.length;
    const writes = created.length + updates.length;
    progress(0, writes);
    await tx.network.insertConnections(created, now);
    progress(created.length, writes);
    for (let i = 0; i < updates.length; i++) {
      const u = updates[i];
      if (u !== undefined) await tx.contacts.update(u.id, u.patch, now);
      if (i % 500 === 0) progress(created.length + i, writes);
    }
    for (const r of created) if (r.companyId !== null) touched.add(r.companyId);
    await replanCompanies(tx, touched, ctx);
    progress(writes, writes);
    problems.sort((a, b) => a.line - b.line);
    summary.skipped = problems.length;
    summary.companies = [...atCompany.values()].sort(
      (a, b) => b.people + b.suggested - (a.people + a.suggested) || collate(a.company, b.company),
    );
    return summary;
  });
}
