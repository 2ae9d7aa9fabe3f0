import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn real processes (one per command in the help test); give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['./scripts/test-setup.ts'],
    // Any connection or name lookup beyond loopback fails the test (STYLE.md §6).
    setupFiles: ['./scripts/no-network.ts'],
  },
});
