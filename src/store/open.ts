import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from './sqlite/connect.js';
import { changeGeneration } from './sqlite/generation.js';
import { Store } from './store.js';

/** Opens the embedded database in the data folder, creating the folder on first use. */
export function openStore(home: string): Store {
  mkdirSync(home, { recursive: true });
  return openStoreAt(join(home, 'afterview.db'));
}

/** Opens a SQLite file (or `:memory:`) as a Store. */
export function openStoreAt(file: string): Store {
  const { db, raw } = openSqlite(file);
  return new Store(
    db,
    async () => {
      await db.destroy();
      if (raw.open) raw.close();
    },
    changeGeneration(raw),
  );
}
