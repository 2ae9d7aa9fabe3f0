// @ts-check
/**
 * The web app's render time (issue 12: Today and Pipeline render in ≤ 100 ms after the API
 * answers, with the 10,000-application data set), measured in Debian's Chromium with the
 * Performance API: each load, from the end of the response of the last API call the list waits
 * for (resource timing's responseEnd) to the frame that paints the list (an init script watches
 * the DOM for the list's first item, then marks the task after the next animation frame, i.e.
 * after that frame's paint). The time includes parsing the JSON, React's render and commit, style
 * and layout. 2 warm-up loads, then `runs` loads per page, each in a fresh page.
 *
 * Standalone: `node bench/web-render.mjs [AFTERVIEW_HOME] [--runs N] [--applications N]`
 * (seeds a temporary DB when no home is given). Needs `npm run build` and /usr/bin/chromium.
 */
/* global document, requestAnimationFrame, MutationObserver -- watchFor and the timing read run in the page */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { NOW, seedLarge } from './seed.mjs';
import { startServer } from './server.mjs';
import { ms, summary } from './stats.mjs';

const TARGET_MS = 100;

/**
 * What each page's list waits for and how its first item is found. Today lists once
 * /api/today and /api/applications (is this a new user?) answered; the board once /api/pipeline.
 */
const PAGES = [
  {
    name: 'Today',
    path: '/',
    api: ['/api/today', '/api/applications'],
    item: 'section.group .actions > li',
    count: 'section.group .actions > li',
  },
  {
    name: 'Pipeline',
    path: '/pipeline',
    api: ['/api/pipeline'],
    item: '.board-card',
    count: '.board-card',
  },
];

/**
 * Runs in the page before its scripts: marks `afterview:listed` once an element matching the
 * selector is in the DOM and the frame showing it has been painted.
 * @param {string} selector
 */
function watchFor(selector) {
  const seen = () => {
    if (document.querySelector(selector) === null) return false;
    observer.disconnect();
    // rAF callbacks run just before the frame is painted; a task posted from one runs after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('afterview:listed');
      }, 0),
    );
    return true;
  };
  const observer = new MutationObserver(seen);
  if (!seen()) observer.observe(document, { childList: true, subtree: true });
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('./server.mjs').Server} server
 * @param {(typeof PAGES)[number]} p
 */
async function loadOnce(browser, server, p) {
  const base = server.base;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Signed in as after the printed link (bench/server.mjs): the page's /api calls need it.
  await context.addCookies([server.browserCookie()]);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFor, p.item);
    await page.goto(base + p.path);
    await page.waitForFunction(
      () => performance.getEntriesByName('afterview:listed').length > 0,
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate(
      ({ api, count }) => {
        const mark = performance.getEntriesByName('afterview:listed')[0]?.startTime ?? NaN;
        const answered = performance
          .getEntriesByType('resource')
          .map((e) => /** @type {PerformanceResourceTiming} */ (e))
          .filter((e) => api.includes(new URL(e.name).pathname) && e.responseEnd <= mark);
        const found = new Set(answered.map((e) => new URL(e.name).pathname));
        return {
          render: mark - Math.max(...answered.map((e) => e.responseEnd)),
          missing: api.filter((a) => !found.has(a)),
          items: document.querySelectorAll(count).length,
        };
      },
      { api: p.api, count: p.count },
    );
  } finally {
    await context.close();
  }
}

/**
 * @param {{ home: string, runs?: number, warmups?: number }} opts
 * @returns {Promise<{ name: string, stats: ReturnType<typeof summary>, items: number }[]>}
 */
export async function benchWebRender({ home, runs = 10, warmups = 2 }) {
  const server = await startServer({ home, now: NOW, cache: true });
  const browser = await launchChromium();
  try {
    const out = [];
    for (const p of PAGES) {
      /** @type {number[]} */ const times = [];
      let items = 0;
      for (let i = 0; i < warmups + runs; i++) {
        const r = await loadOnce(browser, server, p);
        if (r.missing.length > 0) {
          throw new Error(`${p.name}: listed before ${r.missing.join(', ')} answered`);
        }
        items = r.items;
        if (i >= warmups) times.push(r.render);
      }
      out.push({ name: p.name, stats: summary(times), items });
    }
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** @param {Awaited<ReturnType<typeof benchWebRender>>} results @param {number} apps */
export function reportWebRender(results, apps = 10_000) {
  return [
    `web render in Chromium, ${apps.toLocaleString('en')} applications (API answered → list painted):`,
    ...results.map(
      (r) =>
        `  ${r.name} (${String(r.items)} items): median ${ms(r.stats.median)} ms, p99 ${ms(r.stats.p99)} ms over ${String(r.stats.n)} loads — ${(r.stats.median / TARGET_MS).toFixed(2)}× the ${String(TARGET_MS)} ms target${r.stats.median <= TARGET_MS && r.stats.p99 <= TARGET_MS ? '' : ' (MISSED)'}`,
    ),
  ].join('\n');
}

/** The report for bench/run.mjs, on its seeded home. */
export async function runWebRenderBench(/** @type {string} */ home) {
  return reportWebRender(await benchWebRender({ home }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const v = Number(args[i + 1]);
    args.splice(i, 2);
    return v;
  };
  const runs = flag('--runs') ?? 10;
  const applications = flag('--applications') ?? 10_000;
  const given = args[0];
  const home = given ?? mkdtempSync(join(tmpdir(), 'afterview-bench-'));
  try {
    if (given === undefined) {
      await seedLarge(home, { applications, actions: applications * 10, now: NOW });
    }
    console.log(reportWebRender(await benchWebRender({ home, runs }), applications));
  } finally {
    if (given === undefined) rmSync(home, { recursive: true, force: true });
  }
}
