import type { Status } from '../status.js';
import type { Application, Interview } from '../types.js';
import { MINUTE_MS, msOf } from '../clock.js';
import type { ApplicationState } from './types.js';

/** PRODUCT.md §5: "Interview end = start + duration (default 60 min)". */
const DEFAULT_DURATION_MIN = 60;

/** An interview with its times parsed once. */
export interface Timed {
  iv: Interview;
  start: number;
  end: number;
  /** Position among the application's live (not cancelled) interviews, in time order. */
  index: number;
}

type StoredRef = ApplicationState['actions'][number];

/** What the rules ask about one application, computed once per application. */
export interface AppFacts {
  state: ApplicationState;
  app: Application;
  status: Status;
  /** Scheduled and held interviews by start (then id); cancelled ones are ignored. */
  live: Timed[];
  held: Timed[];
  scheduled: Timed[];
  /** The latest `reply` event, or -Infinity. */
  lastReply: number;
  /** The latest status event per target status. */
  statusAt: ReadonlyMap<Status, number>;
  stored: ReadonlyMap<string, StoredRef>;
}

/**
 * Should two stored actions share a key, the one the user finished wins (it drives the
 * sequence), then the earlier one: whatever order the store returns them in.
 */
function preferred(a: StoredRef, b: StoredRef): boolean {
  if ((a.status === 'done') !== (b.status === 'done')) return a.status === 'done';
  const at = a.completedAt ?? a.due;
  const bt = b.completedAt ?? b.due;
  if (at !== bt) return at < bt;
  if (a.contactId !== b.contactId) return (a.contactId ?? -1) < (b.contactId ?? -1);
  return a.status < b.status;
}

const NO_STATUS: ReadonlyMap<Status, number> = new Map();
const NO_ACTIONS: ReadonlyMap<string, StoredRef> = new Map();

const byTime = (a: Timed, b: Timed): number => a.start - b.start || a.iv.id - b.iv.id;

/** Parses and orders one application's interviews and events. */
export function factsOf(state: ApplicationState): AppFacts {
  const live: Timed[] = [];
  for (const iv of state.interviews) {
    if (iv.state === 'cancelled') continue;
    const start = msOf(iv.startAt);
    if (start === null) continue;
    const duration =
      Number.isFinite(iv.durationMin) && iv.durationMin > 0 ? iv.durationMin : DEFAULT_DURATION_MIN;
    live.push({ iv, start, end: start + duration * MINUTE_MS, index: 0 });
  }
  live.sort(byTime);
  const held: Timed[] = [];
  const scheduled: Timed[] = [];
  live.forEach((t, i) => {
    t.index = i;
    (t.iv.state === 'held' ? held : scheduled).push(t);
  });

  // Most applications have no events or stored actions yet: they share one empty map.
  let lastReply = -Infinity;
  let statusAt = NO_STATUS;
  if (state.events.length > 0) {
    const latest = new Map<Status, number>();
    for (const e of state.events) {
      const at = msOf(e.at);
      if (at === null) continue;
      if (e.kind === 'reply' && at > lastReply) lastReply = at;
      if (e.kind === 'status' && e.toStatus !== null) {
        const prev = latest.get(e.toStatus);
        if (prev === undefined || at > prev) latest.set(e.toStatus, at);
      }
    }
    statusAt = latest;
  }

  let stored = NO_ACTIONS;
  if (state.actions.length > 0) {
    const byKey = new Map<string, StoredRef>();
    for (const a of state.actions) {
      const prev = byKey.get(a.key);
      if (prev === undefined || preferred(a, prev)) byKey.set(a.key, a);
    }
    stored = byKey;
  }

  return {
    state,
    app: state.application,
    status: state.application.status,
    live,
    held,
    scheduled,
    lastReply,
    statusAt,
    stored,
  };
}

/** When the application reached `status`: its latest status event, else its last update. */
export function statusTime(f: AppFacts, status: Status): number {
  return f.statusAt.get(status) ?? msOf(f.app.updatedAt) ?? 0;
}

/** The first scheduled interview starting after `ms` (binary search: scheduled is sorted). */
export function nextScheduledAfter(f: AppFacts, ms: number): Timed | null {
  const s = f.scheduled;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = s[mid];
    if (t !== undefined && t.start <= ms) lo = mid + 1;
    else hi = mid;
  }
  return s[lo] ?? null;
}

/** The latest held interview, the one a rejection or offer most likely answers. */
export const latestHeld = (f: AppFacts): Timed | null => f.held[f.held.length - 1] ?? null;

/** Interviewers without repeats: one person listed twice gets one note. */
export function interviewersOf(iv: Interview): Interview['interviewers'] {
  if (iv.interviewers.length < 2) return iv.interviewers;
  const seen = new Set<number>();
  return iv.interviewers.filter((p) => {
    if (seen.has(p.contactId)) return false;
    seen.add(p.contactId);
    return true;
  });
}
