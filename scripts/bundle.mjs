// Bundles the CLI into a few ES module chunks under dist/bundle/.
// Why: Kysely alone is ~280 ES modules and costs 150+ ms to load file by file; one bundle keeps
// `afterview today` well under its cold-start budget. Commands stay lazily loaded (splitting), so
// `today` never loads the web server. Packages that read data files next to their own code, or
// are native, stay external and load from node_modules as usual.
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

// better-sqlite3's JavaScript is bundled too (its native addon is loaded by path, see
// src/store/sqlite/connect.ts): imported from node_modules, its dozen CommonJS files cost a
// package lookup and a scan for their exports on every start.
const BUNDLED = new Set([
  'kysely',
  'luxon',
  'zod',
  'hono',
  '@hono/node-server',
  'ts-fsrs',
  'better-sqlite3',
]);
const packageName = (path) => {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

const OUT = 'dist/bundle';

const result = await build({
  metafile: true,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  // Less to parse on every cold start; error messages are ours, so names matter little.
  minify: true,
  logLevel: 'warning',
  // ESM output has no require(); some bundled CommonJS dependencies still call it.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  plugins: [
    {
      name: 'external-unless-bundled',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('node:')) return { external: true };
          return BUNDLED.has(packageName(args.path)) ? undefined : { external: true };
        });
      },
    },
  ],
});

// Chunk names carry content hashes, so old chunks would pile up. Remove the ones this build did
// not write, after it, rather than emptying the folder first: a CLI started meanwhile (another
// terminal, a test run) never finds the bundle missing.
const written = new Set(Object.keys(result.metafile.outputs).map((p) => relative(OUT, p)));
for (const f of readdirSync(OUT)) if (!written.has(f)) rmSync(join(OUT, f), { force: true });
