import { z } from 'zod';
import type { ImportSummary } from './import.js';

/** The JSON of the LinkedIn import summary, the network of an application, health and insights. */

export const importSummaryJson = z.object({
  read: z.number().int().describe('connections read (blank and unreadable rows not counted)'),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int().describe('rows not imported: see problems'),
  moved: z.number().int().describe('people whose employer changed since the last import'),
  matched: z.number().int().describe('people at the companies you applied to, sure or suggested'),
  companies: z.array(
    z.object({
      company_id: z.number().int(),
      company: z.string(),
      people: z.number().int(),
      suggested: z.number().int().describe('near-miss matches you have not confirmed yet'),
    }),
  ),
  problems: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});

export const presentImportSummary = (s: ImportSummary): z.infer<typeof importSummaryJson> => ({
  read: s.read,
  new: s.created,
  updated: s.updated,
  unchanged: s.unchanged,
  skipped: s.skipped,
  moved: s.moved,
  matched: s.matched,
  companies: s.companies.map((c) => ({
    company_id: c.companyId,
    company: c.company,
    people: c.people,
    suggested: c.suggested,
  })),
  problems: s.problems,
});
