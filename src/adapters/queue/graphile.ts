import {
  Logger,
  makeWorkerUtils,
  run,
  runMigrations,
  type AddJobsJobSpec,
  type Runner,
  type TaskList,
  type WorkerUtils,
} from 'graphile-worker';
import pg from 'pg';

/**
 * graphile-worker (0.17: 0.18 needs Node 22) as a job queue on the application's own PostgreSQL
 * database, in its own schema `graphile_worker`. Jobs here only say "look at this then": what
 * was sent is decided by the outbox's tables, so a job run twice is harmless.
 */

export const QUEUE_SCHEMA = 'graphile_worker';

/** A job to add. A job with the key of a waiting job replaces it; a running one is left alone. */
export interface QueueJob {
  task: string;
  payload: Record<string, unknown>;
  key: string;
  /** When it may run (default now). */
  runAt?: Date;
}

export type TaskHandler = (payload: unknown) => Promise<void>;

export interface GraphileOptions {
  url: string;
  tasks: Record<string, TaskHandler>;
  /** graphile-worker's crontab lines: each line runs on one instance only, whichever takes it. */
  crontab: string;
  /** Jobs this instance runs at once. */
  concurrency: number;
  /** How often it looks for jobs due later (ms); new jobs are announced by LISTEN/NOTIFY. */
  pollMs: number;
  /** graphile-worker's warnings and errors, one line each. */
  log: (line: string) => void;
}

export interface GraphileQueue {
  add(jobs: readonly QueueJob[]): Promise<void>;
  /** Whether the queue's tables answer. */
  ok(): Promise<boolean>;
  /** Stops taking jobs and waits for those running. */
  stop(): Promise<void>;
}

/**
 * A failing handler is retried by graphile-worker at most this often (its own backoff): for a
 * lost database connection. Our task handlers turn every delivery outcome into data, retries
 * included, so they throw only when the database does.
 */
const MAX_ATTEMPTS = 3;

function bridge(log: (line: string) => void): Logger {
  return new Logger((scope) => (level, message) => {
    // Its info and debug lines (a worker started, a job completed) are noise in a server's log.
    const l: string = level;
    if (l !== 'error' && l !== 'warning') return;
    const where = scope.taskIdentifier === undefined ? '' : ` (${scope.taskIdentifier})`;
    log(`job queue${where}: ${message}`);
  });
}

/**
 * Installs or upgrades graphile-worker's schema. Safe when instances start together: each of its
 * migrations first inserts its number into `graphile_worker.migrations` in the same transaction,
 * so a second instance waits on that row and then skips the migration.
 */
export async function migrateQueue(url: string, log: (line: string) => void): Promise<void> {
  await runMigrations({ connectionString: url, logger: bridge(log), maxPoolSize: 2 });
}

const specOf = (j: QueueJob): AddJobsJobSpec => ({
  identifier: j.task,
  payload: j.payload,
  jobKey: j.key,
  maxAttempts: MAX_ATTEMPTS,
  ...(j.runAt === undefined ? {} : { runAt: j.runAt }),
});

/** Migrates the queue's schema, then runs its workers and crontab until `stop()`. */
export async function startGraphile(opts: GraphileOptions): Promise<GraphileQueue> {
  // Our own pool, ended (and awaited) by `stop`: graphile-worker does not wait for the pool it
  // makes to close, and its connections would outlive the queue.
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.concurrency + 3 });
  // A connection that breaks while idle, or while checked out between queries, is reported
  // here; without listeners it would bring the process down.
  const lost = (e: Error): void => {
    opts.log(`job queue: ${e.message}`);
  };
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  const shared = { pgPool: pool, logger: bridge(opts.log) };
  let utils: WorkerUtils;
  try {
    utils = await makeWorkerUtils(shared);
  } catch (e) {
    await pool.end();
    throw e;
  }
  let runner: Runner;
  try {
    const taskList: TaskList = {};
    for (const [name, handler] of Object.entries(opts.tasks)) {
      taskList[name] = (payload: unknown) => handler(payload);
    }
    runner = await run({
      ...shared,
      taskList,
      crontab: opts.crontab,
      concurrency: opts.concurrency,
      pollInterval: opts.pollMs,
      // `afterview serve` stops on SIGINT and SIGTERM itself, and stops the queue first.
      noHandleSignals: true,
      preset: {
        worker: {
          // Fetch (and lock) a few jobs at a time and delete finished ones together: fewer
          // commits per job. Jobs a killed instance had fetched stay locked; the next sweep adds
          // them again (a key is taken off a locked job, see QueueJob).
          localQueue: { size: opts.concurrency },
          completeJobBatchDelay: 10,
        },
      },
    });
  } catch (e) {
    await utils.release();
    await pool.end();
    throw e;
  }
  let stopped = false;
  return {
    add: async (jobs) => {
      if (jobs.length > 0) await utils.addJobs(jobs.map(specOf));
    },
    ok: async () => {
      if (stopped) return false;
      try {
        await utils.withPgClient((c) =>
          c.query(`select 1 from ${QUEUE_SCHEMA}.migrations limit 1`),
        );
        return true;
      } catch {
        return false;
      }
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        await runner.stop();
      } finally {
        await utils.release();
        await pool.end();
      }
    },
  };
}
