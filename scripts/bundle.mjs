// Bundles the CLI into a few ES module chunks under dist/bundle/.
// Why: Kysely alone is ~280 ES modules and costs 150+ ms to load file by file; one bundle keeps
// `afterview today` well under its cold-start budget. Commands stay lazily loaded (splitting), so
// `today` never loads the web server. Packages that read data files next to their own code, or
// are native, stay external and load from node_modules as usual.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLED = new Set(['kysely', 'luxon', 'zod', 'hono', '@hono/node-server', 'ts-fsrs']);
const packageName = (path) => {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

// Chunk names carry content hashes: start clean so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
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
