import { z } from 'zod';
import { FUNNEL_NODES } from '../../domain/network/funnel.js';
import { presentTrends } from '../present/present-debrief.js';
import { actionJson, presentAction } from '../present/present.js';
import type { Insights } from './health.js';
import type { ImportSummary } from './import.js';
import type { ApplicationNetwork } from './network.js';
import { contactJson, presentContactRow } from './present.js';

export { presentHealth } from './present-health.js';

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

export const healthJson = z.object({
  active: z.number().int().describe('open applications past saved: applied, interviewing, offer'),
  pipeline_goal: z.number().int(),
  applied_this_week: z.number().int().describe('applied dates from Monday to today'),
  weekly_goal: z.number().int(),
  week_start: z.string(),
  largest_share: z
    .object({
      company_id: z.number().int(),
      company: z.string(),
      active: z.number().int(),
      share: z.number().describe('0 to 1: its part of the active applications'),
    })
    .nullable(),
  stale: z.array(
    z.object({
      application_id: z.number().int(),
      company: z.string(),
      role: z.string(),
      status: z.string(),
      last_activity: z.string(),
      days: z.number().int(),
    }),
  ),
  stale_count: z
    .number()
    .int()
    .describe('every stale application; `stale` lists the most stale first, at most `limit`'),
  last_applied_on: z.string().nullable(),
  days_since_last_application: z.number().int().nullable(),
  response_days: z.object({
    median: z.number().nullable(),
    responses: z.number().int(),
    company_count: z
      .number()
      .int()
      .describe('every company that answered; `by_company` lists them by name, at most `limit`'),
    by_company: z.array(
      z.object({
        company_id: z.number().int(),
        company: z.string(),
        median: z.number(),
        responses: z.number().int(),
      }),
    ),
  }),
  roles_to_apply: z.number().int(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});

export const insightsJson = z.object({
  funnel: z.object({
    total: z.number().int(),
    nodes: z.array(z.object({ id: z.enum(FUNNEL_NODES), count: z.number().int() })),
    links: z.array(
      z.object({
        source: z.enum(FUNNEL_NODES),
        target: z.enum(FUNNEL_NODES),
        value: z.number().int(),
      }),
    ),
    sources: z.array(z.string()),
  }),
  trends: z.unknown().describe('the debrief trend, as GET /api/trends'),
});

export const presentInsights = (i: Insights, zone: string) => ({
  funnel: i.funnel,
  trends: presentTrends(i.trends, zone),
});
