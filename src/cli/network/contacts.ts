import { asNumber } from '../fields.js';
import { parseInput } from '../../services/input.js';
import {
  addContact,
  editContact,
  getContact,
  listContacts,
  mergeContacts,
  type ContactDetail,
} from '../../services/network/contacts.js';
import { presentContactDetail, presentContactRow } from '../../services/network/present.js';
import {
  contactAddInput,
  contactEditInput,
  contactListInput,
  contactMergeInput,
} from '../../services/network/schema.js';
import type { ContactRow } from '../../services/network/contacts.js';
import type { Invocation, Output, Values } from '../spec.js';
import { invalidInput } from '../../domain/errors.js';

const s = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);

/** A positional contact id (`12` or `#12`), worded for the CLI when it is not one. */
function contactId(v: string | undefined, word = 'CONTACT', field = 'id'): number {
  const n = asNumber(v);
  if (typeof n !== 'number' || n < 1) {
    throw invalidInput(
      `${word} must be a contact id (see afterview contacts list), got "${v ?? ''}"`,
      field,
    );
  }
  return n;
}

const fields = (values: Values) => ({
  email: s(values.email),
  phone: s(values.phone),
  title: s(values.title),
  company: s(values.company),
  linkedin_url: s(values.linkedin),
  relationship: s(values.relationship),
  notes: s(values.notes),
  connected_on: s(values['connected-on']),
});

export const contactLine = (c: ContactRow): string => {
  const at = c.employer ?? c.company;
  return `#${String(c.id)}  ${c.name}${c.title === null ? '' : `, ${c.title}`}${at === null ? '' : ` at ${at}`}${c.email === null ? '' : ` <${c.email}>`}  (${c.relationship})`;
};

export function detailText(c: ContactDetail, zone: string): string {
  const j = presentContactDetail(c, zone);
  const lines = [contactLine(c)];
  if (j.phone !== null) lines.push(`  phone: ${j.phone}`);
  if (j.linkedin_url !== null) lines.push(`  LinkedIn: ${j.linkedin_url}`);
  if (j.connected_on !== null) lines.push(`  connected on ${j.connected_on}`);
  if (j.last_contacted_at !== null) lines.push(`  last contacted ${j.last_contacted_at}`);
  if (j.notes !== null) lines.push(`  notes: ${j.notes}`);
  lines.push('', 'Applications:');
  lines.push(
    ...(j.applications.length === 0
      ? ['  none']
      : j.applications.map(
          (a) => `  #${String(a.id)}  ${a.role} at ${a.company} (${a.status}; ${a.via})`,
        )),
  );
  lines.push('', 'Messages:');
  lines.push(
    ...(j.messages.length === 0
      ? ['  none']
      : j.messages.map(
          (m) => `  #${String(m.id)}  ${m.kind} by ${m.channel}, ${m.state}: ${m.subject}`,
        )),
  );
  return lines.join('\n');
}

export async function list({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const input = parseInput(contactListInput, {
    q: positionals[0],
    limit: asNumber(s(values.limit)),
  });
  const r = await listContacts(ctx, input);
  return {
    text: () =>
      r.contacts.length === 0
        ? r.total === 0
          ? 'No contacts yet. Add one: afterview contacts add --name "Dana Okafor" --company Globex, or import LinkedIn: afterview import linkedin Connections.csv'
          : 'No contact matches.'
        : [
            ...r.contacts.map(contactLine),
            ...(r.contacts.length < r.total && input.q === undefined
              ? [`(${String(r.contacts.length)} of ${String(r.total)}; --limit N shows more)`]
              : []),
          ].join('\n'),
    json: r.contacts.map((c) => presentContactRow(c, zone)),
  };
}

export async function show({ ctx, positionals, zone }: Invocation): Promise<Output> {
  const c = await getContact(ctx, contactId(positionals[0]));
  return { text: () => detailText(c, zone), json: presentContactDetail(c, zone) };
}

export async function add({ ctx, values, zone }: Invocation): Promise<Output> {
  const c = await addContact(
    ctx,
    parseInput(contactAddInput, { name: s(values.name), ...fields(values) }),
  );
  return {
    text: `Added contact #${String(c.id)}: ${c.name}${c.company === null ? '' : ` (at ${c.company}, one of your companies)`}`,
    json: presentContactDetail(c, zone),
  };
}

export async function edit({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const id = contactId(positionals[0]);
  const c = await editContact(
    ctx,
    id,
    parseInput(contactEditInput, { name: s(values.name), ...fields(values) }),
  );
  return {
    text: `Updated contact #${String(c.id)}.\n${detailText(c, zone)}`,
    json: presentContactDetail(c, zone),
  };
}

export async function merge({ ctx, positionals, zone }: Invocation): Promise<Output> {
  const keep = contactId(positionals[0], 'KEEP', 'keep');
  const drop = contactId(positionals[1], 'DROP', 'drop');
  const c = await mergeContacts(ctx, parseInput(contactMergeInput, { keep, drop }));
  return {
    text: `Merged contact #${String(drop)} into #${String(keep)}.\n${detailText(c, zone)}`,
    json: { ...presentContactDetail(c, zone), merged: drop },
  };
}
