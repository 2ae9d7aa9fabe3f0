import { parseInput } from '../../services/input.js';
import { insights as loadInsights, pipelineHealth } from '../../services/network/health.js';
import { presentHealth, presentInsights } from '../../services/network/present-network.js';
import { insightsInput } from '../../services/network/schema.js';
import type { Invocation, Output } from '../spec.js';

const pct = (x: number) => `${String(Math.round(x * 100))}%`;

export async function health({ ctx, zone }: Invocation): Promise<Output> {
  const h = presentHealth(await pipelineHealth(ctx), zone);
  const text = () => {
    const lines = [
      `Active applications: ${String(h.active)} (goal ${String(h.pipeline_goal)})`,
      `Applied this week: ${String(h.applied_this_week)} (goal ${String(h.weekly_goal)}, since ${h.week_start})`,
      `Largest share: ${h.largest_share === null ? 'none' : `${h.largest_share.company}, ${String(h.largest_share.active)} of ${String(h.active)} (${pct(h.largest_share.share)})`}`,
      `Last application: ${h.last_applied_on === null ? 'none yet' : `${h.last_applied_on} (${String(h.days_since_last_application)} days ago)`}`,
      `Employer response time: ${h.response_days.median === null ? 'no responses yet' : `median ${String(h.response_days.median)} days over ${String(h.response_days.responses)} responses`}`,
    ];
    for (const c of h.response_days.by_company.slice(0, 20)) {
      lines.push(`  ${c.company}: ${String(c.median)} days (${String(c.responses)})`);
    }
    if (h.stale.length > 0) {
      lines.push(`No activity for 14 days or more:`);
      for (const s of h.stale.slice(0, 20)) {
        lines.push(
          `  #${String(s.application_id)}  ${s.role} at ${s.company} (${s.status}), ${String(s.days)} days`,
        );
      }
    }
    lines.push(
      '',
      ...(h.warnings.length === 0
        ? ['Healthy: nothing to warn about.']
        : h.warnings.map((w) => `! ${w.message}`)),
    );
    return lines.join('\n');
  };
  return { text, json: h };
}

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
