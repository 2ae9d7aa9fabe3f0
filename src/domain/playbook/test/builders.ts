/**
 * Test data for the playbook (Outline-style factories): sensible defaults, override what the
 * test is about. Imported only by tests.
 */
import { parseDateTime } from '../../time.js';
import { defaultPolicy, type Policy } from '../../settings.js';
import type {
  Action,
  AppEvent,
  Application,
  Channel,
  Instant,
  Interview,
  Interviewer,
  PlannedAction,
  SeedId,
} from '../../types.js';
import { plan } from '../plan.js';
import { FRAMES, frameInstant, inFrame, type Frame } from './frames.js';
import type { ApplicationState, PlanState, Reconciliation } from '../types.js';

export const TORONTO = 'America/Toronto';

/** Local wall time in `zone` → instant: `at('2026-10-30 14:45')`. */
export const at = (local: string, zone = TORONTO): Instant => parseDateTime(local, zone);

export function somePolicy(overrides: Partial<Policy> = {}): Policy {
  return { ...defaultPolicy(overrides.timezone ?? TORONTO), ...overrides };
}

export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 1,
    companyId: 1,
    company: 'Northwind',
    role: 'Data Analyst',
    url: null,
    source: null,
    location: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    status: 'interviewing',
    appliedOn: '2026-10-01',
    notes: null,
    createdAt: '2026-10-01T12:00:00.000Z',
    updatedAt: '2026-10-01T12:00:00.000Z',
    ...overrides,
  };
}

export const anInterviewer = (
  contactId: number,
  name = `Interviewer ${contactId}`,
): Interviewer => ({
  contactId,
  name,
  email: null,
});

/** Friday 2026-10-30 14:45 in Toronto, two days before DST ends. */
const FRIDAY_AFTERNOON = '2026-10-30T18:45:00.000Z';

export function anInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 10,
    applicationId: 1,
    round: 1,
    kind: 'video',
    state: 'held',
    startAt: FRIDAY_AFTERNOON,
    durationMin: 60,
    timeZone: null,
    location: null,
    interviewers: [anInterviewer(100, 'Dana Scully')],
    late: false,
    topics: [],
    nextSteps: null,
    decisionBy: null,
    followUpOn: null,
    documentsOwed: [],
    skillGaps: [],
    outcome: null,
    notes: null,
    ...overrides,
  };
}

export function anEvent(overrides: Partial<AppEvent> = {}): AppEvent {
  return {
    id: 1,
    applicationId: 1,
    kind: 'note',
    fromStatus: null,
    toStatus: null,
    note: null,
    at: '2026-11-02T15:00:00.000Z',
    ...overrides,
  };
}

/** A status event to `toStatus` at `when`. */
export const aStatusEvent = (toStatus: AppEvent['toStatus'], when: Instant, id = 1): AppEvent =>
  anEvent({ id, kind: 'status', toStatus, at: when });

export type StoredRef = ApplicationState['actions'][number];

/** A stored action as the planner sees it in `ApplicationState.actions`. */
export function aStoredRef(overrides: Partial<StoredRef> & Pick<StoredRef, 'key'>): StoredRef {
  return {
    kind: 'follow_up',
    status: 'done',
    due: '2026-11-06T15:00:00.000Z',
    completedAt: '2026-11-06T15:00:00.000Z',
    contactId: 100,
    ...overrides,
  };
}

/** A full stored action, as `reconcile` receives it. */
export function anAction(overrides: Partial<Action> & Pick<Action, 'key'>): Action {
  return {
    id: 1,
    kind: 'debrief',
    title: 'Write your debrief',
    due: '2026-10-30T21:45:00.000Z',
    earliest: null,
    latest: null,
    why: 'Because (seed 000)',
    seeds: ['000'],
    applicationId: 1,
    interviewId: null,
    contactId: null,
    channel: null,
    reason: null,
    origin: 'rule:debrief',
    messageId: null,
    status: 'pending',
    userDue: false,
    completedAt: null,
    createdAt: '2026-10-30T21:45:00.000Z',
    updatedAt: '2026-10-30T21:45:00.000Z',
    ...overrides,
  };
}

export function anAppState(overrides: Partial<ApplicationState> = {}): ApplicationState {
  const application = overrides.application ?? anApplication();
  return {
    application,
    interviews: [anInterview({ applicationId: application.id })],
    events: [],
    actions: [],
    companyContacts: 0,
    hasSalaryResearch: false,
    offers: [],
    ...overrides,
  };
}

/** A search with a healthy pipeline, so `continue_search` only appears when a test asks for it. */
export function aPlanState(overrides: Partial<PlanState> = {}): PlanState {
  return {
    applications: [anAppState()],
    activeApplications: 10,
    lastAppliedOn: '2026-10-29',
    otherFollowUps: [],
    ...overrides,
  };
}

/**
 * What the store does with a reconciliation, in memory: inserts become pending actions with new
 * ids, patches are applied. Lets tests run plan → reconcile → plan → reconcile.
 */
export function applyReconciliation(
  stored: readonly Action[],
  r: Reconciliation,
  now: Instant = '2026-10-30T20:00:00.000Z',
): Action[] {
  let nextId = stored.reduce((max, a) => Math.max(max, a.id), 0) + 1;
  const patches = new Map(r.updates.map((u) => [u.id, u.patch] as const));
  const out = stored.map((a) => {
    const patch = patches.get(a.id);
    return patch === undefined ? a : { ...a, ...patch, updatedAt: now };
  });
  for (const p of r.inserts) {
    out.push({
      ...p,
      id: nextId++,
      messageId: null,
      userDue: false,
      completedAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  return out;
}

// The scenario kit: a table row per behaviour, checked against a fresh plan.

export const DANA = anInterviewer(100, 'Dana Scully');
export const FOX = anInterviewer(101, 'Fox Mulder');
export const SCENARIO_NOW = '2026-10-30T20:00:00.000Z';

/** A later round with Fox Mulder, still to come. */
export const nextRound = (startAt: Instant, id = 11): Interview =>
  anInterview({ id, state: 'scheduled', startAt, interviewers: [FOX] });

/** A search with one application (the default one unless overridden). */
export const oneApp = (
  overrides: Partial<ApplicationState> = {},
  search: Partial<PlanState> = {},
): PlanState => aPlanState({ applications: [anAppState(overrides)], ...search });

/** One application whose status moved to `status` at `when`. */
export const withStatus = (
  status: Application['status'],
  when: Instant,
  extra: Partial<ApplicationState> = {},
): PlanState =>
  oneApp({
    application: anApplication({ status }),
    events: [aStatusEvent(status, when)],
    ...extra,
  });

/** A stored action the user finished at `completedAt`. */
export const doneRef = (key: string, completedAt: Instant): StoredRef =>
  aStoredRef({ key, completedAt, due: completedAt });

/** What one planned action must look like: exact values, or patterns for the texts. */
export interface Expectation {
  key: string;
  status?: 'pending' | 'cancelled';
  due?: Instant;
  earliest?: Instant | null;
  latest?: Instant | null;
  title?: RegExp;
  why?: RegExp;
  reason?: string | RegExp;
  channel?: Channel | null;
  contactId?: number | null;
  interviewId?: number | null;
}

export interface Scenario {
  name: string;
  /** The seeds the behaviour comes from. */
  seeds: SeedId[];
  state: PlanState;
  settings?: Partial<Policy>;
  expect: Expectation[];
  absent?: string[];
}

/** Plans a scenario and lists every way the plan differs from it (empty: it holds). */
export function scenarioProblems(scenario: Scenario, frame: Frame = FRAMES[0]!): string[] {
  const s = framed(scenario, frame);
  const actions = plan(
    withPendingFor(s),
    frameInstant(SCENARIO_NOW, frame),
    framedPolicy(s, frame),
  );
  const problems: string[] = [];
  for (const e of s.expect) {
    const a = actions.find((x) => x.key === e.key);
    if (a === undefined) {
      problems.push(`${e.key}: missing; planned ${actions.map((x) => x.key).join(', ')}`);
      continue;
    }
    const got = a as unknown as Record<string, unknown>;
    for (const [field, want] of Object.entries(e)) {
      const value = got[field];
      const ok =
        want instanceof RegExp ? typeof value === 'string' && want.test(value) : value === want;
      if (!ok)
        problems.push(`${e.key}.${field}: want ${String(want)}, got ${JSON.stringify(value)}`);
    }
  }
  for (const key of s.absent ?? []) {
    if (actions.some((a) => a.key === key)) problems.push(`${key}: planned but should not be`);
  }
  return problems;
}

/**
 * The plan only reports a cancellation for an action that is stored (there is nothing to retire
 * otherwise): a row expecting one says the action was pending before, so store it as pending.
 */
function withPendingFor(s: Scenario): PlanState {
  const cancelled = s.expect.filter((e) => e.status === 'cancelled').map((e) => e.key);
  if (cancelled.length === 0) return s.state;
  const pending = cancelled.map((key) =>
    aStoredRef({ key, kind: 'custom', status: 'pending', completedAt: null }),
  );
  return {
    ...s.state,
    applications: s.state.applications.map((a) => ({ ...a, actions: [...a.actions, ...pending] })),
  };
}

/**
 * What every planned action promises: advice ending with its seed citation (matching `seeds`),
 * a rule origin, a title, and a reason exactly when cancelled. Empty when all hold.
 */
export function adviceProblems(actions: readonly PlannedAction[]): string[] {
  const problems: string[] = [];
  for (const a of actions) {
    const cited = /\(seeds? (\d{3}(?:, \d{3})*)\)$/.exec(a.why)?.[1];
    if (cited !== a.seeds.join(', ')) problems.push(`${a.key}: why cites ${String(cited)}`);
    if (!/^rule:[a-z_]+$/.test(a.origin)) problems.push(`${a.key}: origin ${a.origin}`);
    if (a.title.trim() === '') problems.push(`${a.key}: no title`);
    if ((a.status === 'cancelled') !== (a.reason !== null)) problems.push(`${a.key}: reason`);
  }
  return problems;
}

/** Plans every scenario of a table. */
export const planAll = (table: readonly Scenario[], frame: Frame = FRAMES[0]!): PlannedAction[] =>
  table.flatMap((row) => {
    const s = framed(row, frame);
    return plan(withPendingFor(s), frameInstant(SCENARIO_NOW, frame), framedPolicy(s, frame));
  });

/** The scenario with its times in the frame (test/frames.ts); its regular expressions kept. */
const framed = (s: Scenario, frame: Frame): Scenario => inFrame(s, frame);

/** The user's zone is the frame's, unless the row sets its own (then moved with the rest). */
const framedPolicy = (s: Scenario, frame: Frame): Policy =>
  somePolicy({ timezone: frame.zone, ...s.settings });
