// @ts-check
/**
 * Seeds a large, realistic Afterview database for the benches: ~2,000 companies with their
 * contacts, 10,000 applications in every status, ~1.5 interviews per application (1–2
 * interviewers, topics, owed documents, skill gaps) and 100,000 actions (unique keys, mostly
 * done/cancelled, ~15% pending: a few hundred due today or overdue, the rest in the future).
 *
 * The file is created and migrated once through the real Store, then filled with raw
 * better-sqlite3 inserts in one transaction (a few seconds). Deterministic (seeded PRNG).
 * Action keys follow the playbook's (`debrief:i12`, `follow_up:i12:2`, `network:a7`, …).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../dist/store/open.js';
import * as L from './seed-lib.mjs';

const { DAY, HOUR } = L;

/** The benches' fixed clock: the seeded data and every measurement share it. */
export const NOW = '2026-03-09T14:00:00.000Z';

/**
 * @typedef {{ key: string, kind: string, title: string, due: number, app: number,
 *   iv: number | null, contact: number | null, channel: string | null, open: boolean }} Planned
 */

/**
 * @param {string} home data folder (created if needed)
 * @param {{ applications?: number, actions?: number, now?: string, seed?: number }} [opts]
 * @returns {Promise<{ file: string, counts: Record<string, number> }>}
 */
export async function seedLarge(home, opts = {}) {
  const nApps = opts.applications ?? 10_000;
  const nActions = opts.actions ?? 100_000;
  const now = Date.parse(opts.now ?? NOW);
  const r = L.rng(opts.seed ?? 42);
  /** @type {<T>(xs: readonly T[]) => T} */
  const pick = (xs) => /** @type {any} */ (xs[Math.floor(r() * xs.length)]);
  const int = (/** @type {number} */ lo, /** @type {number} */ hi) =>
    lo + Math.floor(r() * (hi - lo + 1));
  const iso = (/** @type {number} */ ms) => new Date(ms).toISOString();
  const date = (/** @type {number} */ ms) => iso(ms).slice(0, 10);

  const store = openStore(home); // creates and migrates the file
  await store.close();
  const file = join(home, 'afterview.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const put = L.inserts(db);
  const counts = { companies: 0, contacts: 0, applications: 0, interviews: 0, events: 0 };
  Object.assign(counts, { actions: 0, pending: 0, dueNow: 0 });
  /** Rule actions as the playbook would have made them; trimmed or padded to `nActions`. */
  /** @type {Planned[]} */
  const planned = [];

  /** Companies, each with five contacts; returns the ids of the three who interview. */
  function companies() {
    const n = Math.max(1, Math.round(nApps / 5));
    /** @type {Map<number, number[]>} */
    const interviewers = new Map();
    let contact = 0;
    for (let c = 1; c <= n; c++) {
      const created = iso(now - int(30, 400) * DAY);
      put.companies(c, `Company ${c} Inc.`, `company ${c}`, `https://co${c}.example`, created);
      const ids = [];
      for (const [rel, title] of L.STAFF) {
        const last = r() < 0.3 ? iso(now - int(1, 90) * DAY) : null;
        const email = `p${++contact}@co${c}.example`;
        put.contacts(contact, `Person ${contact}`, email, title, c, rel, last, created);
        ids.push(contact);
      }
      interviewers.set(c, ids.slice(0, 3));
    }
    counts.companies = n;
    counts.contacts = contact;
    return interviewers;
  }

  /** One application with its events, interviews and the rule actions they led to. */
  function application(/** @type {number} */ a, /** @type {number[]} */ staff, company = 0) {
    const status = L.pickStatus(r());
    const open = L.OPEN.has(status);
    const created = now - int(open ? 1 : 30, open ? 60 : 365) * DAY - int(0, 12) * HOUR;
    const salary = r() < 0.4 ? int(80, 160) * 1000 : null;
    const [role, source] = [pick(L.ROLES), pick(['LinkedIn', 'referral', 'company site', null])];
    const where = [`https://co${company}.example/jobs/${a}`, source, pick(['Remote', 'Toronto'])];
    const pay = [salary, salary && salary + 30_000, salary && 'CAD'];
    const applied = status === 'saved' ? null : date(created);
    const updated = iso(Math.min(now, created + int(0, 20) * DAY));
    put.applications(a, company, role, ...where, ...pay, status, applied, iso(created), updated);
    put.events(a, 'created', null, status === 'saved' ? 'saved' : 'applied', null, iso(created));
    counts.events++;
    /** @type {number | null} */
    let iv = null;
    /**
     * @param {string} kind @param {string} subject @param {string} title @param {number} due
     * @param {number | null} [contact] @param {string | null} [channel]
     */
    const act = (kind, subject, title, due, contact = null, channel = null) => {
      const key = `${kind}:${subject}`;
      planned.push({ key, kind, title, due, app: a, iv, contact, channel, open });
    };

    const [lo, hi] = L.ROUNDS[status] ?? [0, 0];
    const rounds = int(lo, hi);
    // Rounds ~6 days apart; an open application's last round may be upcoming.
    const upcoming = open && rounds > 0 && r() < 0.35;
    const first = upcoming
      ? now + int(1, 10) * DAY - (rounds - 1) * 6 * DAY
      : Math.min(created + int(5, 15) * DAY, now - 2 * DAY - (rounds - 1) * 6 * DAY);
    const last = Math.min(first + (rounds - 1) * 6 * DAY, now - DAY);
    for (let n = 1; n <= rounds; n++) {
      // During the local working day (13:00–20:00 UTC is 8:00–16:00 in Toronto, winter time).
      let start = Math.floor((first + (n - 1) * 6 * DAY) / DAY) * DAY + int(13, 20) * HOUR;
      if (start <= now && start + 2 * HOUR > now) start += DAY; // never mid-interview at `now`
      const held = start < now;
      const state = held ? (r() < 0.03 ? 'cancelled' : 'held') : 'scheduled';
      const decisionBy = held && r() < 0.3 ? date(start + int(5, 10) * DAY) : null;
      const followUpOn = held && r() < 0.2 ? date(start + int(7, 14) * DAY) : null;
      const lastOutcome = status === 'rejected' ? 'rejected' : null;
      const outcome = !held ? null : n < rounds ? 'advanced' : lastOutcome;
      const said = [r() < 0.5 ? 'Next round with the team' : null, decisionBy, followUpOn, outcome];
      const place = [pick([30, 45, 60, 90]), pick(['https://meet.example/x', 'Office', null])];
      const late = held && r() < 0.05 ? 1 : 0;
      const id = (iv = ++counts.interviews);
      const stamps = [iso(start), iso(start + 3 * HOUR)];
      const head = [id, a, n, pick(L.KINDS), state, iso(start)];
      put.interviews(...head, ...place, late, ...said, ...stamps);
      const people = staff.slice(0, int(1, 2));
      people.forEach((c, i) => put.interview_interviewers(id, c, i));
      for (let i = 0, k = int(1, 3); i < k; i++) {
        put.interview_items(id, 'topic', i, L.TOPICS[(id + i) % L.TOPICS.length]);
      }
      const doc = held && r() < 0.2 ? pick(L.DOCS) : null;
      if (doc !== null) put.interview_items(id, 'document', 0, doc);
      const gap = held && r() < 0.15 ? pick(L.GAPS) : null;
      if (gap !== null) put.interview_items(id, 'skill_gap', 0, gap);
      const logged = iso(held ? start + 3 * HOUR : start - 7 * DAY);
      const kind = held ? 'interview_logged' : 'interview_scheduled';
      put.events(a, kind, null, null, `round ${n}`, logged);
      counts.events++;
      if (state !== 'held') {
        if (n > 1)
          act('prep_next_round', `i${id}`, 'Prepare for the next round', start - 16 * HOUR);
        continue;
      }
      const end = start + HOUR;
      act('debrief', `i${id}`, 'Debrief the interview', end + 2 * HOUR);
      for (const c of people)
        act('thank_you', `i${id}:c${c}`, `Thank Person ${c}`, end + 3 * HOUR, c, 'email');
      for (let f = 1, k = int(1, 3); f <= k; f++) {
        const [to, channel] = [people[0] ?? null, f === 2 ? 'phone' : 'email'];
        act('follow_up', `i${id}:${f}`, `Follow up #${f}`, end + 7 * f * DAY, to, channel);
      }
      if (doc !== null) act('send_documents', `i${id}:0`, `Send your ${doc}`, end + DAY);
      if (gap !== null) act('skill_gap', `i${id}:0`, `Brush up on ${gap}`, end + 5 * DAY);
      act('continue_search', `i${id}`, 'Apply to 3 more roles this week', end + DAY);
      if (n === 1) {
        act('network', `a${a}`, `Reach out to people at Company ${company}`, end + 2 * DAY);
        act('salary_research', `a${a}`, 'Research the salary range', end + 3 * DAY);
      }
    }
    iv = null;
    if (!['saved', 'applied', 'interviewing'].includes(status)) {
      put.events(a, 'status', rounds > 0 ? 'interviewing' : 'applied', status, null, iso(last));
      counts.events++;
    }
    if (status === 'rejected') {
      act('feedback_request', `a${a}`, 'Ask for feedback', last + DAY, null, 'email');
      act('keep_warm', `a${a}`, 'Keep in touch', last + 60 * DAY, null, 'email');
    }
  }

  /** Exactly `nActions` actions: ~15% pending (most on open applications), the rest closed. */
  function actions() {
    for (let m = 0; planned.length < nActions; m++) {
      const [app, due, open] = [int(1, nApps), now - int(-30, 200) * DAY, r() < 0.5];
      const key = `manual:bench-${m}`;
      const none = { iv: null, contact: null, channel: null };
      planned.push({ key, kind: 'custom', title: `Task ${m}`, due, app, ...none, open });
    }
    planned.length = nActions;
    for (const p of planned) {
      const pending = r() < (p.open ? 0.3 : 0.05);
      const closed = r() < 0.65 ? 'done' : r() < 0.85 ? 'cancelled' : 'skipped';
      const status = pending ? 'pending' : closed;
      let due = p.due;
      if (pending) {
        // A few hundred due today or overdue; the rest within the next two months.
        const dueNow = r() < 0.025;
        due = dueNow ? now - int(-6, 14 * 24) * HOUR : now + int(1, 60) * DAY + int(0, 9) * HOUR;
        counts.pending++;
        if (dueNow) counts.dueNow++;
      } else if (due > now) due = now - int(1, 30) * DAY;
      const seeds = [...new Set([pick(L.SEEDS), pick(L.SEEDS)])].sort().join(',');
      const why = `Advice for ${p.kind}. (seeds ${seeds})`;
      const latest = p.kind === 'thank_you' ? iso(due + 21 * HOUR) : null;
      const done = status === 'done' ? iso(Math.min(due + int(0, 48) * HOUR, now - HOUR)) : null;
      const reason = status === 'cancelled' ? 'A reply was logged' : null;
      const origin = p.kind === 'custom' ? 'manual' : `rule:${p.kind}`;
      const created = iso(Math.min(due, now) - 3 * DAY);
      const links = [p.app, p.iv, p.contact, p.channel, origin, reason];
      const text = [p.key, p.kind, p.title, iso(due), latest, status, why, seeds];
      put.actions(...text, ...links, done, created, done ?? created);
      counts.actions++;
    }
  }

  db.transaction(() => {
    put.settings('timezone', JSON.stringify('America/Toronto'));
    // Every bench starts `serve` afresh; its daily backup (seconds of CPU on this database) would
    // run beside the first requests and count as their time. bench/export.mjs times backups.
    put.settings('backupDaily', JSON.stringify(false));
    const staff = companies();
    for (let a = 1; a <= nApps; a++) {
      const company = int(1, counts.companies);
      application(a, staff.get(company) ?? [], company);
    }
    counts.applications = nApps;
    actions();
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { file, counts };
}

/**
 * A standalone bench's data folder (`node bench/x.mjs [AFTERVIEW_HOME]`): the one given, or a
 * freshly seeded temporary one, removed once `fn` is done.
 * @template T
 * @param {string | undefined} given
 * @param {(home: string) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function onSeededHome(given, fn) {
  const home = given ?? mkdtempSync(join(tmpdir(), 'afterview-bench-'));
  try {
    if (given === undefined) await seedLarge(home, { now: NOW });
    return await fn(home);
  } finally {
    if (given === undefined) rmSync(home, { recursive: true, force: true });
  }
}
