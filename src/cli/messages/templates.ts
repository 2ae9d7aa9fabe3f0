import { TEMPLATE_VARIABLES } from '../../domain/compose/vars.js';
import { presentTemplate } from '../../services/present/present-message.js';
import {
  addTemplate,
  editTemplate,
  getTemplate,
  listTemplates,
  removeTemplate,
  type TemplateFields,
} from '../../services/messages/templates.js';
import { str } from '../format.js';
import type { Invocation, Output, Values } from '../spec.js';
import { readInput } from './check.js';

export async function list(inv: Invocation): Promise<Output> {
  const ts = await listTemplates(inv.ctx, {
    kind: str(inv.values.kind),
    channel: str(inv.values.channel),
  });
  return {
    text: ts
      .map(
        (t) =>
          `${t.id.padEnd(30)} ${t.kind.padEnd(16)} ${t.channels.join(',').padEnd(22)} ${t.name}`,
      )
      .join('\n'),
    json: ts.map(presentTemplate),
  };
}

export async function show(inv: Invocation): Promise<Output> {
  const t = await getTemplate(inv.ctx, inv.positionals[0] ?? '');
  const vars = Object.entries(TEMPLATE_VARIABLES).map(([k, v]) => `  {{${k}}}  ${v}`);
  return {
    text: [
      `${t.id}: ${t.name} (${t.kind} by ${t.channels.join(', ')}${t.builtin ? ', built in' : ''})`,
      `Why: ${t.rationale}`,
      ...(t.subject === '' ? [] : [`Subject: ${t.subject}`]),
      '',
      t.body,
      ...(t.voicemail === null ? [] : ['', `Voicemail: ${t.voicemail}`]),
      '',
      'Variables ({{#name}}…{{/name}} shows text only when the value is known, {{^name}}…{{/name}} only when not):',
      ...vars,
    ].join('\n'),
    json: presentTemplate(t),
  };
}

const fields = (v: Values): TemplateFields => {
  const body = str(v['body-file']);
  const vm = str(v['voicemail-file']);
  return {
    name: str(v.name),
    kind: str(v.kind),
    channel: str(v.channel),
    subject: str(v.subject),
    body: body === undefined ? undefined : readInput(body, 'body-file'),
    voicemail: vm === undefined ? undefined : readInput(vm, 'voicemail-file'),
    from: str(v.from),
  };
};

export async function add(inv: Invocation): Promise<Output> {
  const t = await addTemplate(inv.ctx, fields(inv.values));
  return { text: `Added template ${t.id}: ${t.name}`, json: presentTemplate(t) };
}

export async function edit(inv: Invocation): Promise<Output> {
  const t = await editTemplate(inv.ctx, inv.positionals[0] ?? '', fields(inv.values));
  return { text: `Updated template ${t.id}: ${t.name}`, json: presentTemplate(t) };
}

export async function remove(inv: Invocation): Promise<Output> {
  const t = await removeTemplate(inv.ctx, inv.positionals[0] ?? '');
  return { text: `Removed template ${t.id}: ${t.name}`, json: presentTemplate(t) };
}
