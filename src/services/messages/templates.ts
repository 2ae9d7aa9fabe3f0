import { templateProblems } from '../../domain/compose/compose.js';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../../domain/compose/templates/index.js';
import type { Template } from '../../domain/compose/types.js';
import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from '../../domain/types.js';
import { requiredText } from '../../domain/validate.js';
import { rowIdOf, type TemplateInput } from '../../store/repos/templates.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';

/** The user's templates first, then the built-ins: the order drafting rotates through. */
export async function allTemplates(store: Store): Promise<Template[]> {
  return [...(await store.templates.list()), ...BUILTIN_TEMPLATES];
}

/** A template by id (`thank_you/brief`, `user:3`, `3`) or by the name of one of the user's. */
export async function findTemplate(store: Store, ref: string): Promise<Template> {
  const r = ref.trim();
  const builtin = builtinTemplate(r);
  if (builtin !== undefined) return builtin;
  const rowId = /^\d+$/.test(r) ? Number(r) : rowIdOf(r);
  const found = rowId === null ? await store.templates.byName(r) : await store.templates.get(rowId);
  if (found === undefined) throw notFound('template', r, 'template');
  return found;
}

export async function listTemplates(
  ctx: Ctx,
  q: { kind?: string; channel?: string } = {},
): Promise<Template[]> {
  const kind = q.kind === undefined ? undefined : parseKind(q.kind);
  const channel = q.channel === undefined ? undefined : parseChannels(q.channel)[0];
  return (await allTemplates(ctx.store)).filter(
    (t) =>
      (kind === undefined || t.kind === kind) &&
      (channel === undefined || t.channels.includes(channel)),
  );
}

export const getTemplate = (ctx: Ctx, ref: string): Promise<Template> =>
  findTemplate(ctx.store, ref);

function parseKind(v: string): MessageKind {
  const k = MESSAGE_KINDS.find((x) => x === v.trim());
  if (k === undefined)
    throw invalidInput(`unknown message kind "${v}" (one of: ${MESSAGE_KINDS.join(', ')})`, 'kind');
  return k;
}

function kindRequired(): never {
  throw invalidInput(`kind is required (one of: ${MESSAGE_KINDS.join(', ')})`, 'kind');
}

function parseChannels(v: string): Channel[] {
  const out = v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const c = CHANNELS.find((x) => x === s);
      if (c === undefined)
        throw invalidInput(`unknown channel "${s}" (one of: ${CHANNELS.join(', ')})`, 'channel');
      return c;
    });
  if (out.length === 0) throw invalidInput('channel needs at least one channel', 'channel');
  return [...new Set(out)];
}

export interface TemplateFields {
  name?: string;
  kind?: string;
  channel?: string;
  subject?: string;
  body?: string;
  voicemail?: string;
  /** Start from this template (a built-in to adapt, or one of yours). */
  from?: string;
}

function validated(t: TemplateInput): TemplateInput {
  const problems = templateProblems(t);
  if (problems.length > 0) throw invalidInput(`template: ${problems.join('; ')}`, 'body');
  if (t.channels.includes('phone') && (t.voicemail ?? '').trim() === '') {
    throw invalidInput(
      'voicemail is required: a phone template needs a voicemail script',
      'voicemail',
    );
  }
  return t;
}

/** Adds a template of the user's, validated: known variables only, sections closed. */
export async function addTemplate(ctx: Ctx, f: TemplateFields): Promise<Template> {
  const base = f.from === undefined ? undefined : await findTemplate(ctx.store, f.from);
  const input = validated({
    name: requiredText(f.name, 'name', 100),
    kind: f.kind !== undefined ? parseKind(f.kind) : (base?.kind ?? kindRequired()),
    channels: f.channel !== undefined ? parseChannels(f.channel) : (base?.channels ?? ['email']),
    subject: f.subject ?? base?.subject ?? '',
    body: f.body ?? base?.body ?? '',
    voicemail: f.voicemail ?? base?.voicemail ?? null,
  });
  return ctx.store.transaction(async (tx) => {
    if ((await tx.templates.byName(input.name)) !== undefined) {
      throw conflict(`a template named "${input.name}" exists already`, 'name');
    }
    const id = await tx.templates.insert(input, ctx.now());
    return findTemplate(tx, String(id));
  });
}

async function ownTemplate(store: Store, ref: string): Promise<Template & { rowId: number }> {
  const t = await findTemplate(store, ref);
  const rowId = rowIdOf(t.id);
  if (t.builtin || rowId === null) {
    throw conflict(`${t.id} is built in and read-only: copy it and edit the copy`, 'template', {
      do: 'copy_template',
      template_id: t.id,
    });
  }
  return { ...t, rowId };
}

export async function editTemplate(ctx: Ctx, ref: string, f: TemplateFields): Promise<Template> {
  return ctx.store.transaction(async (tx) => {
    const t = await ownTemplate(tx, ref);
    const input = validated({
      name: f.name === undefined ? t.name : requiredText(f.name, 'name', 100),
      kind: f.kind === undefined ? t.kind : parseKind(f.kind),
      channels: f.channel === undefined ? t.channels : parseChannels(f.channel),
      subject: f.subject ?? t.subject,
      body: f.body ?? t.body,
      voicemail: f.voicemail ?? t.voicemail,
    });
    const clash = await tx.templates.byName(input.name);
    if (clash !== undefined && clash.id !== t.id) {
      throw conflict(`a template named "${input.name}" exists already`, 'name');
    }
    await tx.templates.update(t.rowId, input, ctx.now());
    return findTemplate(tx, t.id);
  });
}

export async function removeTemplate(ctx: Ctx, ref: string): Promise<Template> {
  return ctx.store.transaction(async (tx) => {
    const t = await ownTemplate(tx, ref);
    await tx.templates.remove(t.rowId);
    return t;
  });
}
