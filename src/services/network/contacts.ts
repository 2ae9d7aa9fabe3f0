import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { companyKey } from '../../domain/network/match.js';
import type { Contact } from '../../domain/types.js';
export type { ContactRow } from '../../store/repos/contacts.js';
import type { ContactRow } from '../../store/repos/contacts.js';
import type { ContactLinks } from '../../store/repos/network.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { replanCompanies } from './network.js';
import type {
  ContactAddInput,
  ContactEditInput,
  ContactListInput,
  ContactMergeInput,
} from './schema.js';

/** A contact with the company of yours they are linked to, and what they are linked to. */
export interface ContactDetail extends ContactRow, ContactLinks {}

export async function listContacts(
  ctx: Ctx,
  input: ContactListInput,
): Promise<{ contacts: ContactRow[]; total: number }> {
  const [contacts, total] = await Promise.all([
    ctx.store.contacts.list({ q: input.q, limit: input.limit ?? 500, offset: input.offset }),
    ctx.store.contacts.count(),
  ]);
  return { contacts, total };
}

async function mustGetContact(store: Store, id: number, field = 'id'): Promise<Contact> {
  const c = await store.contacts.get(id);
  if (c === undefined) throw notFound('contact', id, field);
  return c;
}

export async function getContact(ctx: Ctx, id: number): Promise<ContactDetail> {
  return detail(ctx.store, await mustGetContact(ctx.store, id));
}

async function detail(store: Store, c: Contact): Promise<ContactDetail> {
  const [company, links] = await Promise.all([
    c.companyId === null ? undefined : store.companies.get(c.companyId),
    store.network.links(c.id, c.companyId),
  ]);
  return { ...c, company: company?.name ?? null, ...links };
}

/**
 * The company of yours an employer names: the one with the same normalised name, if any. A
 * contact at a company you never applied to keeps the employer as text only.
 */
async function companyFor(store: Store, employer: string | null): Promise<number | null> {
  if (employer === null) return null;
  const key = companyKey(employer);
  if (key === '') return null;
  const found = (await store.network.companies()).find((c) => c.key === key);
  if (found !== undefined) return found.id;
  const confirmed = (await store.network.decisions()).find(
    (d) => d.employerKey === key && d.decision === 'confirmed',
  );
  return confirmed?.companyId ?? null;
}

export async function addContact(ctx: Ctx, input: ContactAddInput): Promise<ContactDetail> {
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    if (input.email !== undefined) {
      const same = (await tx.contacts.list({ q: input.email, limit: 5 })).find(
        (c) => c.email === input.email,
      );
      if (same !== undefined) {
        throw conflict(
          `email ${input.email} is already contact ${String(same.id)} (${same.name})`,
          'email',
        );
      }
    }
    const employer = input.company ?? null;
    const c = await tx.contacts.insert(
      {
        name: input.name,
        email: input.email ?? null,
        phone: input.phone ?? null,
        title: input.title ?? null,
        employer,
        companyId: await companyFor(tx, employer),
        linkedinUrl: input.linkedin_url ?? null,
        relationship: input.relationship ?? 'connection',
        notes: input.notes ?? null,
        connectedOn: input.connected_on ?? null,
        source: 'manual',
      },
      now,
    );
    if (c.companyId !== null) await replanCompanies(tx, new Set([c.companyId]), ctx);
    return detail(tx, c);
  });
}

export async function editContact(
  ctx: Ctx,
  id: number,
  input: ContactEditInput,
): Promise<ContactDetail> {
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const before = await mustGetContact(tx, id);
    if ((Object.values(input) as unknown[]).every((v) => v === undefined)) {
      throw invalidInput('nothing to change: give at least one field', 'body');
    }
    await tx.contacts.update(
      id,
      {
        name: input.name,
        email: input.email,
        phone: input.phone,
        title: input.title,
        linkedinUrl: input.linkedin_url,
        relationship: input.relationship,
        notes: input.notes,
        connectedOn: input.connected_on,
        ...(input.company !== undefined && {
          employer: input.company,
          companyId: await companyFor(tx, input.company),
        }),
      },
      now,
    );
    const after = await mustGetContact(tx, id);
    await replanCompanies(tx, companiesOf(before, after), ctx);
    return detail(tx, after);
  });
}

const companiesOf = (...cs: Contact[]): Set<number> =>
  new Set(cs.flatMap((c) => (c.companyId === null ? [] : [c.companyId])));

/**
 * Merges two records of one person: the kept contact takes over every interview, action,
 * message and offer of the other, and any field it lacks; the other is removed.
 */
export async function mergeContacts(ctx: Ctx, input: ContactMergeInput): Promise<ContactDetail> {
  if (input.keep === input.drop) {
    throw invalidInput('drop must be another contact than keep', 'drop');
  }
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    await mustGetContact(tx, input.keep, 'keep');
    const dropped = await mustGetContact(tx, input.drop, 'drop');
    await tx.network.merge(input.keep, input.drop, now);
    const kept = await mustGetContact(tx, input.keep, 'keep');
    await replanCompanies(tx, companiesOf(dropped, kept), ctx);
    return detail(tx, kept);
  });
}
