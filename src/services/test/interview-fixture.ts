import type { ActionView } from '../../store/repos/actions.js';
import type { Store } from '../../store/store.js';
import { tempStore, type TempStore } from '../../store/test/temp-store.js';
import { listActions } from '../actions/action-query.js';
import { addApplication } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { recordFromText, type InterviewText } from '../interviews/from-text.js';
import { recordInterview } from '../interviews/interviews.js';
import { setSetting, userZone } from '../settings/settings.js';

/** A real temp database with the user's settings, and a clock the test moves. */
export interface Fixture {
  ctx: Ctx;
  /** Sets the clock (ISO instant). */
  at: (instant: string) => void;
  cleanup: () => Promise<void>;
  dir: string;
  /** Another store on the same database, as a second process would open it. */
  reopen: () => Store;
}

/** `t`: the database (default: a temp one of the database under test). */
export async function fixture(
  settings: Record<string, string> = {},
  t: TempStore = tempStore(),
): Promise<Fixture> {
  let now = '2026-03-02T22:00:00.000Z'; // Monday 17:00 in Toronto
  const ctx: Ctx = { store: t.store, now: () => now, systemZone: 'America/Toronto' };
  const all = {
    timezone: 'America/Toronto',
    name: 'Alex Doe',
    email: 'alex@example.com',
    skills: 'Go,PostgreSQL,event sourcing',
    ...settings,
  };
  for (const [k, v] of Object.entries(all)) await setSetting(ctx, k, v);
  return {
    ctx,
    at: (instant) => {
      now = instant;
    },
    cleanup: t.cleanup,
    dir: t.dir,
    reopen: t.reopen,
  };
}

/** Logs a held interview at Northwind with two interviewers; returns its pending actions by kind. */
export async function loggedInterview(
  ctx: Ctx,
  fields: InterviewText = {},
  company = 'Northwind Traders',
): Promise<{
  appId: number;
  actions: ActionView[];
  byKind: (kind: string, n?: number) => ActionView;
}> {
  const app = await addApplication(ctx, { company, role: 'Backend Engineer' });
  await recordInterview(
    ctx,
    recordFromText(
      await userZone(ctx),
      app.id,
      {
        at: '2026-03-02T13:00',
        duration: '45m',
        interviewers: [
          'Priya Raman <priya@northwind.example>',
          'Jürgen Müller <jm@northwind.example>',
        ],
        topics: ['event sourcing for billing', 'on-call rotations'],
        decisionBy: '2026-03-06',
        late: true,
        owe: ['my references'],
        ...fields,
      },
      'log',
    ),
  );
  const actions = await listActions(ctx, { application_id: app.id });
  return {
    appId: app.id,
    actions,
    byKind: (kind, n = 0) => {
      const found = actions.filter((a) => a.kind === kind)[n];
      if (found === undefined) throw new Error(`no ${kind} action #${n}`);
      return found;
    },
  };
}
