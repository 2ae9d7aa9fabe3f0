import { z } from 'zod';
import { actionJson, presentAction } from '../present/present.js';
import type { ImportSummary } from './import.js';
import type { ApplicationNetwork } from './network.js';
import { contactJson, presentContactRow } from './present.js';

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

const personJson = contactJson.extend({
  status: z.enum(['interviewer', 'linked', 'confirmed']),
  score: z.number(),
  reason: z.string(),
});

export const networkJson = z.object({
  application_id: z.number().int(),
  company: z.string(),
  people: z.array(personJson).describe('people at the company, with the reason for each'),
  suggestions: z
    .array(
      z.object({
        employer: z.string(),
        score: z.number(),
        kind: z.string(),
        reason: z.string(),
        people: z.array(contactJson),
      }),
    )
    .describe('near-miss employers to confirm or reject'),
  action: actionJson.nullable().describe('the network action, once the first interview is held'),
});

export const presentNetwork = (
  n: ApplicationNetwork,
  zone: string,
): z.infer<typeof networkJson> => ({
  application_id: n.application.id,
  company: n.application.company,
  people: n.people.map((p) => ({
    ...presentContactRow(p.contact, zone),
    status: p.status,
    score: p.score,
    reason: p.reason,
  })),
  suggestions: n.suggestions.map((s) => ({
    employer: s.employer,
    score: s.match.score,
    kind: s.match.kind,
    reason: s.match.reason,
    people: s.people.map((c) => presentContactRow(c, zone)),
  })),
  action: n.action === null ? null : presentAction(n.action, zone),
});
