import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import pg from 'pg';

/** The channel the `change_notify` migration's triggers notify after every committed write. */
export const CHANGE_CHANNEL = 'afterview_changed';

/** How long to wait before listening again after the connection was lost. */
const RETRY_MS = 1000;

/**
 * The change generation of a PostgreSQL store, for the read cache (Store.changeGeneration): a
 * token that moves whenever the data may have changed.
 * - Another instance's or a CLI command's commit: the triggers of the `change_notify` migration notify
 *   `afterview_changed`, which a dedicated connection of this process LISTENs to.
 * - This process's own writes: counted at once (`bump`, from the Kysely plugin below and after
 *   each commit), so a read right after a write never waits for the notification.
 * While the listening connection is not up (before the first read, after a lost connection),
 * there is no generation and the cache computes every read; each new connection starts a new
 * epoch, since notifications may have been missed in between. It listens from the first call
 * only: a CLI command that never asks opens no extra connection.
 */
export class PgChangeGeneration {
  private epoch = 0;
  private count = 0;
  private client: pg.Client | null = null;
  private started = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly url: string) {}

  readonly generation = (): string | null => {
    if (!this.started) {
      this.started = true;
      void this.listen();
    }
    return this.client === null ? null : `${String(this.epoch)}.${String(this.count)}`;
  };

  readonly bump = (): void => {
    this.count++;
  };

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000 });
    const state = { gone: false };
    const lost = (): void => {
      if (state.gone) return;
      state.gone = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => {});
      if (this.closed) return;
      this.retry = setTimeout(() => void this.listen(), RETRY_MS);
      this.retry.unref();
    };
    client.on('notification', this.bump);
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}`);
    } catch {
      lost();
      return;
    }
    if (this.closed || state.gone) {
      await client.end().catch(() => {});
      return;
    }
    this.epoch++;
    this.client = client;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}

/** Calls `bump` after every statement that may write (anything but a SELECT), once it ran. */
export class WritesBump implements KyselyPlugin {
  private readonly writes = new WeakMap<QueryId, true>();

  constructor(private readonly bump: () => void) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (mayWrite(args.node)) this.writes.set(args.queryId, true);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.writes.has(args.queryId)) this.bump();
    return Promise.resolve(args.result);
  }
}

function mayWrite(node: RootOperationNode): boolean {
  if (node.kind === 'SelectQueryNode') return false;
  if (node.kind !== 'RawNode') return true;
  // sql`…`: a plain SELECT (a catalog read, the health check's) changes nothing.
  const head = (node.sqlFragments[0] ?? '').trimStart().slice(0, 7).toLowerCase();
  return !head.startsWith('select');
}
