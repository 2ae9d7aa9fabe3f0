import { parseInput } from '../../services/input.js';
import { insights as loadInsights } from '../../services/network/health.js';
import { presentInsights } from '../../services/network/present-network.js';
import { insightsInput } from '../../services/network/schema.js';
import type { Invocation, Output } from '../spec.js';

const LABEL: Record<string, string> = {
  applied: 'Applied',
  responded: 'Responded',
  interviewed: 'Interviewed',
  offer: 'Offer',
  accepted: 'Accepted',
  declined: 'Declined',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
  open: 'Still open',
};

export async function insights({ ctx, values, zone }: Invocation): Promise<Output> {
  const s = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const input = parseInput(insightsInput, {
    source: s(values.source),
    from: s(values.from),
    to: s(values.to),
  });
  const i = presentInsights(await loadInsights(ctx, input), zone);
  const text = () => {
    const lines = [`Funnel (${String(i.funnel.total)} applications):`];
    for (const n of i.funnel.nodes)
      lines.push(`  ${(LABEL[n.id] ?? n.id).padEnd(12)} ${String(n.count)}`);
    lines.push('Flows:');
    for (const l of i.funnel.links) {
      lines.push(
        `  ${LABEL[l.source] ?? l.source} → ${LABEL[l.target] ?? l.target}: ${String(l.value)}`,
      );
    }
    lines.push('', `Debrief trend (${String(i.trends.interviews.length)} debriefed interviews):`);
    for (const p of i.trends.interviews) {
      lines.push(
        `  ${p.start ?? ''}  ${p.company}  checklist ${p.checklist_score === null ? '-' : String(p.checklist_score)}  rating ${p.average_rating === null ? '-' : String(p.average_rating)}`,
      );
    }
    return lines.join('\n');
  };
  return { text, json: i };
}
