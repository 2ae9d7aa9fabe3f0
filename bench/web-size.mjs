// @ts-check
/**
 * The web app's first-load weight (issue 12: initial JavaScript ≤ 150 kB gzip, each lazily loaded
 * route chunk ≤ 60 kB gzip): the entry script
 * `dist/web/index.html` loads plus every chunk it imports statically, transitively, each gzipped
 * at level 9. Lazily loaded page chunks are not counted (they load when their route opens); the
 * stylesheet is reported on its own. Needs `vite build` (part of `npm run build`) first.
 * Run alone: `node bench/web-size.mjs`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');
const BUDGET_KB = 150;
const CHUNK_BUDGET_KB = 60;
/** Static `import … from "./x.js"` / `import "./x.js"` / `export … from`; never `import(…)`. */
const STATIC_IMPORT =
  /\b(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+(?:\s*,\s*\{[^}]*\})?)?\s*(?:from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

const gz = (/** @type {Buffer} */ b) => gzipSync(b, { level: 9 }).length;

export function webSize() {
  const html = join(WEB, 'index.html');
  if (!existsSync(html))
    throw new Error('dist/web/index.html is missing: run `npm run build` first');
  const page = readFileSync(html, 'utf8');
  const entries = [...page.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const css = [...page.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const seen = new Set();
  const queue = [...entries];
  let raw = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(WEB, file));
    raw += code.length;
    gzip += gz(code);
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(posix.join(posix.dirname(file), m[1] ?? ''));
    }
  }
  const cssGzip = css.reduce((n, f) => n + gz(readFileSync(join(WEB, f))), 0);
  // Every other script is loaded later, by a route (or shared by routes): each on its own.
  const chunks = readdirSync(join(WEB, 'assets'))
    .filter((f) => f.endsWith('.js') && !seen.has(`assets/${f}`))
    .map((f) => ({ file: f, gzip: gz(readFileSync(join(WEB, 'assets', f))) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { files: [...seen], raw, gzip, cssGzip, chunks };
}

export function reportWebSize(r = webSize()) {
  const kb = (/** @type {number} */ n) => (n / 1000).toFixed(1);
  const verdict = r.gzip <= BUDGET_KB * 1000 ? 'ok' : `MISSED (target ≤ ${BUDGET_KB} kB)`;
  const largest = r.chunks[0];
  const chunkVerdict =
    largest === undefined || largest.gzip <= CHUNK_BUDGET_KB * 1000
      ? 'ok'
      : `MISSED (target ≤ ${CHUNK_BUDGET_KB} kB each)`;
  return [
    'web app, initial JavaScript (entry + static imports):',
    `  ${kb(r.gzip)} kB gzip (${kb(r.raw)} kB raw) in ${r.files.length} file(s): ${verdict}`,
    `  stylesheet: ${kb(r.cssGzip)} kB gzip`,
    `  route chunks: ${r.chunks.length}, largest ${largest === undefined ? '-' : `${largest.file} ${kb(largest.gzip)} kB gzip`}: ${chunkVerdict}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(reportWebSize());
