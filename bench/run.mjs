// @ts-check
/**
 * Runs every bench in sequence on one freshly seeded temporary DB and prints one block per
 * target (figures only: a missed target is reported, never a failure; exit 1 only on a crash).
 *   - today --json, cold process: ≤ 2× node -e 0 on the 10,000 applications (median ≤ 150 ms),
 *     ≤ 1.6× on an empty home
 *   - plan() over 100,000 held interviews: ≤ 1 s
 *   - replan of one application in the 10,000-application DB: median ≤ 5 ms
 *   - HTTP API (bench/api.mjs), every figure cached and uncached (AFTERVIEW_READ_CACHE=off):
 *     sequential medians, throughput at 10 and 50 connections, server RSS, and a 60 s soak
 *   - the same on PostgreSQL (bench/pg-api.mjs): today and applications?limit=50 at 50
 *     connections, p99 ≤ 15 ms (skipped, saying why, when no PostgreSQL server answers)
 *   - presenting one action as JSON (bench/present.mjs): ≤ 5 µs
 *   - note check of a 200-word note and 100 e-mails through a local SMTP server (compose.mjs)
 *   - initial JavaScript of the web app, the calendar feed of 10,000 actions
 *   - web render (bench/web-render.mjs): Today and Pipeline in Chromium, API answered → list
 *     painted, median and p99 ≤ 100 ms at 10,000 applications
 *   - network (bench/network.mjs): LinkedIn import of 30,000 connections vs 2,000 companies
 *     ≤ 3 s, health --json ≤ 150 ms, insights data ≤ 50 ms at 10,000 applications
 *   - data (bench/export.mjs): export and import ≤ 5 s each, backup ≤ 2 s while the API reads
 *   - delivery on PostgreSQL (bench/pg-delivery.mjs): 10,000 due messages by two `serve`
 *     instances, one killed halfway, ≤ 60 s with 0 duplicates and 0 losses (skipped, saying
 *     why, when PostgreSQL does not answer; AFTERVIEW_BENCH_PG picks the server)
 * `npm run bench` builds first, then runs this.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPlanAll, benchReplan, reportPlan } from './plan.mjs';
import { NOW, seedLarge } from './seed.mjs';
import { ms, msSince } from './stats.mjs';
import { benchToday, benchTodayEmpty, reportToday } from './today.mjs';

const home = mkdtempSync(join(tmpdir(), 'afterview-bench-'));
try {
  console.log(`Afterview benchmarks (node ${process.version}, AFTERVIEW_NOW=${NOW})\n`);
  const t0 = process.hrtime.bigint();
  const { counts } = await seedLarge(home, { applications: 10_000, actions: 100_000, now: NOW });
  console.log(
    `seed: ${counts.applications} applications, ${counts.companies} companies, ${counts.contacts} contacts, ` +
      `${counts.interviews} interviews, ${counts.actions} actions (${counts.pending} pending, ` +
      `${counts.dueNow} due today/overdue) in ${ms(msSince(t0))} ms\n`,
  );
  // today first: the replan bench writes to the DB.
  console.log(reportToday(benchToday({ home }), benchTodayEmpty()));
  // The load generator runs in its own process: in this one, with the planner's 100,000
  // interviews on the heap, autocannon's own GC made it the bottleneck (2,200 vs 7,000+ req/s).
  const api = new URL('./api.mjs', import.meta.url).pathname;
  console.log(`\n${execFileSync(process.execPath, [api, home], { encoding: 'utf8' }).trimEnd()}\n`);
  const pgApi = new URL('./pg-api.mjs', import.meta.url).pathname;
  console.log(`${execFileSync(process.execPath, [pgApi, home], { encoding: 'utf8' }).trimEnd()}\n`);
  const present = await import('./present.mjs');
  console.log(`${present.reportPresent(present.benchPresent())}\n`);
  const a = benchPlanAll();
  const b = await benchReplan({ home });
  console.log(reportPlan(a, b));
  console.log(`\n${(await import('./web-size.mjs')).reportWebSize()}`);
  console.log(`\n${await (await import('./web-render.mjs')).runWebRenderBench(home)}`);
  console.log(`\n${await (await import('./calendar.mjs')).runCalendarBench()}`);
  const compose = await import('./compose.mjs');
  console.log(`\n${compose.reportCompose(await compose.benchCompose())}`);
  console.log(`\n${await (await import('./network.mjs')).runNetworkBench(home)}`);
  console.log(`\n${await (await import('./export.mjs')).runDataBench(home)}`);
  console.log(`\n${await (await import('./pg-delivery.mjs')).runPgDeliveryBench()}`);
} finally {
  rmSync(home, { recursive: true, force: true });
}
