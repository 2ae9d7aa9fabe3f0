import { dayOfDate, msOf, type LocalClock } from '../clock.js';
import type { LocalDate } from '../types.js';
import type { PipelineRow } from './health.js';

/**
 * The funnel of the whole search (PRODUCT.md §8, seed 004: every interview is experience):
 * applied → responded → interviewed → offer → accepted, with the rejected, withdrawn, ghosted and
 * declined branches and the applications still open at each stage. Shaped for a Sankey: nodes
 * with counts and links with values, where every application flows from Applied to the stage it
 * reached and then to how it ended.
 */

export const FUNNEL_NODES = [
  'applied',
  'responded',
  'interviewed',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
  'open',
] as const;
export type FunnelNode = (typeof FUNNEL_NODES)[number];

const STAGES = ['applied', 'responded', 'interviewed', 'offer', 'accepted'] as const;
type Stage = (typeof STAGES)[number];

export interface Funnel {
  /** Applications counted (saved ones and those outside the filter are not). */
  total: number;
  nodes: { id: FunnelNode; count: number }[];
  links: { source: FunnelNode; target: FunnelNode; value: number }[];
  /** The sources seen among all applications, for the filter. */
  sources: string[];
}

export interface FunnelFilter {
  source?: string;
  from?: LocalDate;
  to?: LocalDate;
}

function stageOf(r: PipelineRow): Stage {
  switch (r.status) {
    case 'accepted':
      return 'accepted';
    case 'offer':
    case 'declined':
      return 'offer';
    case 'interviewing':
      return 'interviewed';
    case 'saved':
    case 'applied':
    case 'rejected':
    case 'withdrawn':
    case 'ghosted':
      return r.interviewed ? 'interviewed' : r.firstResponse !== null ? 'responded' : 'applied';
  }
}

/** The funnel of the applications that pass the filter (by source, and applied date in a period). */
export function funnelOf(
  rows: readonly PipelineRow[],
  filter: FunnelFilter,
  clock: LocalClock,
): Funnel {
  const from = filter.from === undefined ? null : dayOfDate(filter.from);
  const to = filter.to === undefined ? null : dayOfDate(filter.to);
  const source = filter.source?.trim().toLowerCase();
  const sources = new Set<string>();
  const links = new Map<string, number>();
  const counts = new Map<FunnelNode, number>(FUNNEL_NODES.map((n) => [n, 0]));
  const flow = (a: FunnelNode, b: FunnelNode) => {
    const k = `${a}>${b}`;
    links.set(k, (links.get(k) ?? 0) + 1);
  };
  let total = 0;
  for (const r of rows) {
    if (r.source !== null && r.source.trim() !== '') sources.add(r.source.trim());
    if (r.status === 'saved') continue;
    if (source !== undefined && (r.source ?? '').trim().toLowerCase() !== source) continue;
    const day = r.appliedOn === null ? clock.dayOf(msOf(r.createdAt) ?? 0) : dayOfDate(r.appliedOn);
    if (day === null || (from !== null && day < from) || (to !== null && day > to)) continue;
    total++;
    const stage = stageOf(r);
    const reached = STAGES.indexOf(stage);
    for (let i = 0; i <= reached; i++) {
      const s = STAGES[i] ?? 'applied';
      counts.set(s, (counts.get(s) ?? 0) + 1);
      if (i > 0) flow(STAGES[i - 1] ?? 'applied', s);
    }
    const end: FunnelNode | null =
      r.status === 'rejected' ||
      r.status === 'withdrawn' ||
      r.status === 'ghosted' ||
      r.status === 'declined'
        ? r.status
        : r.status === 'accepted'
          ? null
          : 'open';
    if (end !== null) {
      counts.set(end, (counts.get(end) ?? 0) + 1);
      flow(stage, end);
    }
  }
  return {
    total,
    nodes: FUNNEL_NODES.map((id) => ({ id, count: counts.get(id) ?? 0 })).filter(
      (n) => n.count > 0 || STAGES.includes(n.id as Stage),
    ),
    links: [...links].map(([k, value]) => {
      const [source, target] = k.split('>') as [FunnelNode, FunnelNode];
      return { source, target, value };
    }),
    sources: [...sources].sort((a, b) => a.localeCompare(b)),
  };
}
