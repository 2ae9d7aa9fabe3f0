import type { Kysely, Selectable } from 'kysely';
import type { Template } from '../../domain/compose/types.js';
import type { Channel, Instant, MessageKind } from '../../domain/types.js';
import type { DB } from '../schema.js';

/** A template the user wrote, as stored. */
export interface TemplateInput {
  name: string;
  kind: MessageKind;
  channels: readonly Channel[];
  subject: string;
  body: string;
  voicemail: string | null;
}

const PREFIX = 'user:';

/** `user:<id>` ↔ the row id. */
export const userTemplateId = (id: number): string => `${PREFIX}${id}`;
export const rowIdOf = (templateId: string): number | null =>
  templateId.startsWith(PREFIX) && /^\d+$/.test(templateId.slice(PREFIX.length))
    ? Number(templateId.slice(PREFIX.length))
    : null;

/** The user's own templates; the built-ins live in src/domain/compose/templates. */
export class TemplateRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(t: TemplateInput, now: Instant): Promise<number> {
    const row = await this.db
      .insertInto('templates')
      .values({ ...toRow(t), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(id: number, t: TemplateInput, now: Instant): Promise<void> {
    await this.db
      .updateTable('templates')
      .set({ ...toRow(t), updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async remove(id: number): Promise<boolean> {
    const r = await this.db.deleteFrom('templates').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  async get(id: number): Promise<Template | undefined> {
    const row = await this.db
      .selectFrom('templates')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toTemplate(row);
  }

  async byName(name: string): Promise<Template | undefined> {
    const row = await this.db
      .selectFrom('templates')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row === undefined ? undefined : toTemplate(row);
  }

  async list(): Promise<Template[]> {
    const rows = await this.db.selectFrom('templates').selectAll().orderBy('id').execute();
    return rows.map(toTemplate);
  }
}

const toRow = (t: TemplateInput) => ({
  name: t.name,
  kind: t.kind,
  channels: t.channels.join(','),
  subject: t.subject,
  body: t.body,
  voicemail: t.voicemail,
});

const toTemplate = (r: Selectable<DB['templates']>): Template => ({
  id: userTemplateId(r.id),
  name: r.name,
  kind: r.kind as MessageKind,
  channels: r.channels.split(',') as Channel[],
  subject: r.subject,
  body: r.body,
  voicemail: r.voicemail,
  rationale: 'Your own template.',
  seeds: [],
  builtin: false,
});
