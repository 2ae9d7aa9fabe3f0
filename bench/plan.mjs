// @ts-check
/**
 * Playbook targets.
 * (a) `plan()` in one call on a PlanState with 100,000 held interviews (50,000 applications × 2,
 *     with interviewers, topics, some owed documents and skill gaps, some decision_by /
 *     follow_up_on, some done follow-ups). 5 timed calls (the first one is cold), median and max.
 *     Target: ≤ 1 s.
 * (b) `replan(store, [id], now, policy)` of one application inside a transaction, in the
 *     10,000-application DB: 200 runs on random application ids (after 5 warm-ups), median and
 *     p99. Target: median ≤ 5 ms.
 *
 * Standalone: `node bench/plan.mjs [AFTERVIEW_HOME]` ((b) seeds a temporary DB when none is given).
 */
import { fileURLToPath } from 'node:url';
import { plan } from '../dist/domain/playbook/plan.js';
import { defaultPolicy } from '../dist/domain/settings.js';
import { openStore } from '../dist/store/open.js';
import { replan } from '../dist/services/interviews/planning.js';
import { loadPolicy } from '../dist/services/settings/settings.js';
import { DAY, HOUR, rng } from './seed-lib.mjs';
import { NOW, onSeededHome } from './seed.mjs';
import { ms, msSince, summary } from './stats.mjs';

const ZONE = 'America/Toronto';

/**
 * The in-memory state: `applications` × `rounds` held interviews, spread over the last year.
 * @param {{ applications?: number, rounds?: number, now?: string }} [opts]
 * @returns {import('../src/domain/playbook/types.js').PlanState}
 */
export function buildState({ applications = 50_000, rounds = 2, now = NOW } = {}) {
  const r = rng(7);
  const nowMs = Date.parse(now);
  const iso = (/** @type {number} */ x) => new Date(x).toISOString();
  const date = (/** @type {number} */ x) => iso(x).slice(0, 10);
  const kinds = /** @type {const} */ (['phone', 'video', 'onsite', 'technical', 'panel', 'final']);
  const statuses = /** @type {const} */ ([
    'interviewing',
    'interviewing',
    'interviewing',
    'rejected',
    'offer',
    'ghosted',
  ]);
  let ivId = 0;
  let contactId = 0;
  const apps = [];
  for (let a = 1; a <= applications; a++) {
    const companyId = 1 + (a % 10_000);
    const status = statuses[Math.floor(r() * statuses.length)] ?? 'interviewing';
    const created = nowMs - Math.floor(30 + r() * 335) * DAY;
    /** @type {import('../src/domain/types.js').Application} */
    const application = {
      id: a,
      companyId,
      company: `Company ${companyId}`,
      role: 'Backend Engineer',
      url: null,
      source: 'LinkedIn',
      location: 'Remote',
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
      status,
      appliedOn: date(created),
      notes: null,
      createdAt: iso(created),
      updatedAt: iso(created),
    };
    /** @type {import('../src/domain/types.js').AppEvent[]} */
    const events = [
      {
        id: a * 10,
        applicationId: a,
        kind: 'created',
        fromStatus: null,
        toStatus: 'applied',
        note: null,
        at: iso(created),
      },
    ];
    const interviews = [];
    const actions = [];
    for (let n = 1; n <= rounds; n++) {
      const start = Math.floor((created + (5 + n * 4) * DAY) / HOUR) * HOUR;
      const id = ++ivId;
      const people = Array.from({ length: 1 + Math.floor(r() * 2) }, () => ++contactId);
      const held = start + 2 * HOUR < nowMs;
      interviews.push({
        id,
        applicationId: a,
        round: n,
        kind: kinds[id % kinds.length] ?? 'video',
        state: /** @type {'held' | 'scheduled'} */ (held ? 'held' : 'scheduled'),
        startAt: iso(start),
        durationMin: 45,
        timeZone: null,
        location: null,
        interviewers: people.map((c) => ({
          contactId: c,
          name: `Person ${c}`,
          email: `p${c}@example.com`,
        })),
        late: r() < 0.05,
        topics: ['system design', 'team structure'].slice(0, 1 + (id % 2)),
        nextSteps: r() < 0.5 ? 'Team round next' : null,
        decisionBy: r() < 0.3 ? date(start + 7 * DAY) : null,
        followUpOn: r() < 0.2 ? date(start + 10 * DAY) : null,
        documentsOwed: r() < 0.2 ? ['references'] : [],
        skillGaps: r() < 0.15 ? ['Kafka'] : [],
        outcome: /** @type {'advanced' | null} */ (n < rounds ? 'advanced' : null),
        notes: null,
      });
      events.push({
        id: a * 10 + n,
        applicationId: a,
        kind: 'interview_logged',
        fromStatus: null,
        toStatus: null,
        note: `round ${n}`,
        at: iso(start + 3 * HOUR),
      });
      actions.push({
        key: `debrief:i${id}`,
        kind: /** @type {const} */ ('debrief'),
        status: /** @type {const} */ ('done'),
        due: iso(start + 3 * HOUR),
        completedAt: iso(start + 4 * HOUR),
        contactId: null,
      });
      // Some sequences are under way: follow-up #1 (and #2) already done.
      for (let f = 1; f <= (r() < 0.3 ? 1 + Math.floor(r() * 2) : 0); f++) {
        const due = start + 7 * f * DAY;
        actions.push({
          key: `follow_up:i${id}:${f}`,
          kind: /** @type {const} */ ('follow_up'),
          status: /** @type {const} */ ('done'),
          due: iso(due),
          completedAt: iso(due + HOUR),
          contactId: people[0] ?? null,
        });
      }
    }
    if (status !== 'interviewing') {
      events.push({
        id: a * 10 + 9,
        applicationId: a,
        kind: 'status',
        fromStatus: 'interviewing',
        toStatus: status,
        note: null,
        at: iso(created + 20 * DAY),
      });
    }
    const offers = status === 'offer' ? [{ id: a, deadline: iso(nowMs + 5 * DAY) }] : [];
    apps.push({
      application,
      interviews,
      events,
      actions,
      companyContacts: a % 4,
      hasSalaryResearch: a % 3 === 0,
      offers,
    });
  }
  return {
    applications: apps,
    activeApplications: Math.round(applications * 0.6),
    lastAppliedOn: date(nowMs - 3 * DAY),
    otherFollowUps: [],
  };
}

/** (a) One plan() call over the whole state, `runs` times. */
export function benchPlanAll({ runs = 5, now = NOW } = {}) {
  const state = buildState({ now });
  const held = state.applications.reduce(
    (n, a) => n + a.interviews.filter((i) => i.state === 'held').length,
    0,
  );
  const settings = defaultPolicy(ZONE);
  /** @type {number[]} */ const t = [];
  let planned = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    planned = plan(state, now, settings).length;
    t.push(msSince(t0));
  }
  return { ...summary(t), first: t[0] ?? NaN, held, planned };
}

/** (b) replan of one random application per run, each in its own transaction. */
export async function benchReplan({ home, runs = 200, warmups = 5, now = NOW }) {
  const store = openStore(home);
  try {
    const settings = await loadPolicy(store, ZONE);
    const count = (await store.applications.list()).length;
    const r = rng(11);
    const pickId = () => 1 + Math.floor(r() * count);
    /** @type {number[]} */ const t = [];
    let inserted = 0;
    let updated = 0;
    for (let i = 0; i < warmups + runs; i++) {
      const id = pickId();
      const t0 = process.hrtime.bigint();
      const res = await store.transaction((tx) => replan(tx, [id], now, settings));
      const elapsed = msSince(t0);
      if (i < warmups) continue;
      t.push(elapsed);
      inserted += res.inserted.length;
      updated += res.updated.length;
    }
    return { ...summary(t), inserted, updated, applications: count };
  } finally {
    await store.close();
  }
}

/** @param {Awaited<ReturnType<typeof benchPlanAll>>} a @param {Awaited<ReturnType<typeof benchReplan>>} b */
export function reportPlan(a, b) {
  return [
    `plan() over ${a.held.toLocaleString('en')} held interviews (one call, ${a.planned.toLocaleString('en')} actions planned):`,
    `  median ${ms(a.median)} ms, max ${ms(a.max)} ms (n=${a.n}, first/cold ${ms(a.first)} ms), target ≤ 1000 ms, ratio ${(a.median / 1000).toFixed(2)}× of target ${a.max <= 1000 ? '(met)' : a.median <= 1000 ? '(median met, max over)' : '(MISSED)'}`,
    `replan one application (transaction, ${b.applications.toLocaleString('en')}-application DB, random ids):`,
    `  median ${ms(b.median)} ms, p99 ${ms(b.p99)} ms (n=${b.n}; ${b.inserted} inserts, ${b.updated} updates in all), target median ≤ 5 ms, ratio ${(b.median / 5).toFixed(2)}× of target ${b.median <= 5 ? '(met)' : '(MISSED)'}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await onSeededHome(process.argv[2], async (home) =>
    reportPlan(benchPlanAll(), await benchReplan({ home })),
  );
  console.log(report);
}
