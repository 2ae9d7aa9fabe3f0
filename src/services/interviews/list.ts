import type { CalendarInterview } from '../../domain/calendar/types.js';
import type { Ctx } from '../context.js';
import type { ListInterviewsInput } from './schema.js';

/**
 * Interviews (not cancelled) starting in a window, soonest first, with their company and role:
 * the week's interviews on Today. The calendar's query, which joins the application already.
 */
export async function listInterviews(
  ctx: Ctx,
  q: ListInterviewsInput,
): Promise<CalendarInterview[]> {
  return ctx.store.calendar.interviewsSince(q.from, {
    ...(q.to === undefined ? {} : { until: q.to }),
    limit: q.limit ?? 50,
  });
}
