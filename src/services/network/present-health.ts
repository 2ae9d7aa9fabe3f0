import type { z } from 'zod';
import { at } from '../present/action.js';
import type { Health } from './health.js';
import type { healthJson } from './present-network.js';

/**
 * The JSON of pipeline health, apart from the other network presenters: `afterview health` loads
 * this alone, and no zod schema (the JSON's shape is `healthJson`'s type, checked at compile time)
 * has to be built on its way. `limit` lists that many stale applications and companies (the
 * panel on Today shows five stale ones and no company: the full lists are hundreds of kilobytes
 * on a large search).
 */
export const presentHealth = (
  h: Health,
  zone: string,
  limit?: number,
): z.infer<typeof healthJson> => ({
  active: h.active,
  pipeline_goal: h.pipelineGoal,
  applied_this_week: h.appliedThisWeek,
  weekly_goal: h.weeklyGoal,
  week_start: h.weekStart,
  largest_share:
    h.largestShare === null
      ? null
      : {
          company_id: h.largestShare.companyId,
          company: h.largestShare.company,
          active: h.largestShare.active,
          share: h.largestShare.share,
        },
  stale: (limit === undefined ? h.stale : h.stale.slice(0, limit)).map((s) => ({
    application_id: s.applicationId,
    company: s.company,
    role: s.role,
    status: s.status,
    last_activity: at(s.lastActivity, zone) ?? s.lastActivity,
    days: s.days,
  })),
  stale_count: h.stale.length,
  last_applied_on: h.lastAppliedOn,
  days_since_last_application: h.daysSinceLastApplication,
  response_days: {
    median: h.responseDays.median,
    responses: h.responseDays.responses,
    company_count: h.responseDays.byCompany.length,
    by_company: (limit === undefined
      ? h.responseDays.byCompany
      : h.responseDays.byCompany.slice(0, limit)
    ).map((c) => ({
      company_id: c.companyId,
      company: c.company,
      median: c.median,
      responses: c.responses,
    })),
  },
  roles_to_apply: h.rolesToApply,
  warnings: h.warnings,
});
