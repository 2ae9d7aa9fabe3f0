import { pipelineHealth } from '../../services/network/health.js';
import { presentHealth } from '../../services/network/present-health.js';
import type { Invocation, Output } from '../spec.js';

// No zod on this path (the presenter is the schema-free one): `health` is a quick look, meant to
// answer as fast as `today`.

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
