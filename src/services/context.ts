import type { Instant } from '../domain/types.js';
import type { Store } from '../store/store.js';

/**
 * What every use case needs: the store and the clock. The clock is injected (AFTERVIEW_NOW in
 * the CLI, a fake in tests) so that nothing below the edges reads the time on its own.
 */
export interface Ctx {
  store: Store;
  now: () => Instant;
  /** The system's time zone, the default for the `timezone` setting. */
  systemZone: string;
  /** `false` turns the read cache off (AFTERVIEW_READ_CACHE=off); on when left out. */
  readCache?: boolean;
}
