import { parseDateTime } from '../../domain/time.js';
import type { Instant } from '../../domain/types.js';
import { tempStore } from '../../store/test/temp-store.js';
import { addApplication } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { recordFromText, type InterviewText } from '../interviews/from-text.js';
import { recordInterview } from '../interviews/interviews.js';

export const ZONE = 'America/Toronto';

/** Local time in Toronto → instant. */
export const local = (s: string): Instant => parseDateTime(s, ZONE);

/**
 * A real SQLite store in a temp folder and a clock the test moves (`world.at('…')`), for service
 * tests of debriefs, the question bank and the brief.
 */
export function debriefWorld(start = '2026-03-02T17:00') {
  const t = tempStore();
  let now = local(start);
  const ctx: Ctx = { store: t.store, systemZone: ZONE, now: () => now };
  return {
    ctx,
    store: t.store,
    cleanup: t.cleanup,
    /** Moves the clock to a local time. */
    at(s: string): Instant {
      now = local(s);
      return now;
    },
    async app(company = 'Northwind Traders', role = 'Backend Engineer'): Promise<number> {
      return (await addApplication(ctx, { company, role })).id;
    },
    async held(appId: number, f: InterviewText & { at: string }): Promise<number> {
      return (await recordInterview(ctx, recordFromText(ZONE, appId, f, 'log'))).interview.id;
    },
    async scheduled(appId: number, f: InterviewText & { at: string }): Promise<number> {
      const input = recordFromText(ZONE, appId, f, 'schedule');
      return (await recordInterview(ctx, input)).interview.id;
    },
  };
}

export type DebriefWorld = ReturnType<typeof debriefWorld>;
