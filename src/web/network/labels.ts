import type { FunnelJson } from './api.js';

export type FunnelNodeId = FunnelJson['nodes'][number]['id'];

/** The funnel's nodes in words, and whether each is a stage reached or how an application ended. */
export const NODE: Record<
  FunnelNodeId,
  { label: string; kind: 'stage' | 'good' | 'bad' | 'open' }
> = {
  applied: { label: 'Applied', kind: 'stage' },
  responded: { label: 'Responded', kind: 'stage' },
  interviewed: { label: 'Interviewed', kind: 'stage' },
  offer: { label: 'Offer', kind: 'stage' },
  accepted: { label: 'Accepted', kind: 'good' },
  declined: { label: 'Declined', kind: 'open' },
  rejected: { label: 'Rejected', kind: 'bad' },
  withdrawn: { label: 'Withdrawn', kind: 'open' },
  ghosted: { label: 'Ghosted', kind: 'bad' },
  open: { label: 'Still open', kind: 'open' },
};

/** "Applied → Interviewed: 12 applications", the words of one flow (path label and table row). */
export const flowWords = (l: FunnelJson['links'][number]): string =>
  `${NODE[l.source].label} → ${NODE[l.target].label}: ${String(l.value)} ${l.value === 1 ? 'application' : 'applications'}`;
