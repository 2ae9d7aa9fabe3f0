/**
 * Vitest global setup: what every test run needs before the first test.
 * Tests that spawn the CLI run the built `dist/`; `npm test` builds first, and this guards
 * a bare `npx vitest` from running stale code.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (!existsSync('dist/bundle/main.js') || process.env.AFTERVIEW_TEST_BUILD === '1') {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
}
