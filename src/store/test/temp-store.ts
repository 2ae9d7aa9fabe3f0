import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStoreAt } from '../open.js';
import type { Store } from '../store.js';

/** A real SQLite file in a fresh temp folder, for tests; `cleanup` closes and deletes it. */
export function tempStore(): {
  store: Store;
  file: string;
  dir: string;
  cleanup: () => Promise<void>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-test-'));
  const file = join(dir, 'afterview.db');
  const store = openStoreAt(file);
  return {
    store,
    file,
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
