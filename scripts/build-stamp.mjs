// @ts-check
/**
 * Whether dist/ was built from the sources as they are now, so `npm start` builds only when
 * something changed (a full build takes ~40 s; a second start should serve within seconds).
 *
 * The stamp is a SHA-256 of every build input's path and content: src/ (tests left out: no
 * build reads them), the bundler script, the Vite and TypeScript configs, package.json and
 * package-lock.json. Content, not modification times, so a checkout or a copy that changes no
 * byte builds nothing, and an edit always builds.
 *
 *   node scripts/build-stamp.mjs ensure   build (npm run build) unless the stamp is current
 *   node scripts/build-stamp.mjs write    record the stamp (the last step of npm run build)
 *   node scripts/build-stamp.mjs check    exit 0 when current, 1 when a build is needed
 *
 * `npm test` and CI always run `npm run build`, which writes the stamp.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INPUTS = [
  'src',
  'scripts/bundle.mjs',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.web.json',
  'package.json',
  'package-lock.json',
];
/** What the build makes; a stamp without them (dist/ half removed) is not current. */
export const OUTPUTS = ['dist/bundle/main.js', 'dist/web/index.html', 'dist/store/open.js'];
export const STAMP = 'dist/.build-stamp';

const isTest = (/** @type {string} */ name) => /\.test\.tsx?$/.test(name);

/** @param {string} root @param {string} path @returns {string[]} */
function filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const child = join(path, e.name);
      if (e.isDirectory()) return filesUnder(root, child);
      return isTest(e.name) ? [] : [child];
    });
}

/** The hash of the build inputs under `root`. @param {string} root */
export function inputsHash(root) {
  const h = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of filesUnder(root, input)) {
      h.update(`${relative(root, join(root, file))}\0`);
      h.update(readFileSync(join(root, file)));
      h.update('\0');
    }
  }
  return h.digest('hex');
}

/** Whether dist/ holds a build of the current inputs. @param {string} root */
export function isCurrent(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || OUTPUTS.some((o) => !existsSync(join(root, o)))) return false;
  return readFileSync(stamp, 'utf8').trim() === inputsHash(root);
}

/** @param {string} root @param {string} [hash] */
export function writeStamp(root, hash = inputsHash(root)) {
  mkdirSync(dirname(join(root, STAMP)), { recursive: true });
  writeFileSync(join(root, STAMP), `${hash}\n`);
}

/**
 * Builds unless current. The hash is taken before building and written after, so an edit made
 * during the build makes the next start build again rather than serve stale code.
 * @param {string} root @param {() => boolean} build returns whether the build succeeded
 * @returns {'current' | 'built' | 'failed'}
 */
export function ensureBuilt(root, build) {
  if (isCurrent(root)) return 'current';
  const hash = inputsHash(root);
  if (!build()) return 'failed';
  writeStamp(root, hash);
  return 'built';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const mode = process.argv[2];
  if (mode === 'write') writeStamp(root);
  else if (mode === 'check') process.exitCode = isCurrent(root) ? 0 : 1;
  else if (mode === 'ensure') {
    const result = ensureBuilt(root, () => {
      process.stderr.write('Building Afterview (the sources changed since the last build)…\n');
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      return spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' }).status === 0;
    });
    if (result === 'current') process.stderr.write('Build is up to date (dist/).\n');
    if (result === 'failed') process.exitCode = 1;
  } else {
    process.stderr.write('usage: node scripts/build-stamp.mjs ensure|write|check\n');
    process.exitCode = 2;
  }
}
