import { createLog, logLevel, scrub, type Log, type LogFields } from '../adapters/log.js';
import { invalidInput } from '../domain/errors.js';

export type { Log, LogFields };

/** The server's log on stderr, at AFTERVIEW_LOG_LEVEL (default `info`). */
export function serverLog(env: NodeJS.ProcessEnv): Log {
  try {
    return createLog({ level: logLevel(env.AFTERVIEW_LOG_LEVEL) });
  } catch (e) {
    throw invalidInput(e instanceof Error ? e.message : String(e));
  }
}

/**
 * A delivery line of the outbox (worded for a person: "message #4 (follow_up): sent") as a log
 * event, with the message id, its kind and the outcome lifted out so a log search can filter on
 * them. The lines name ids and kinds only, never a recipient; the logger masks addresses anyway.
 */
export function logDelivery(log: Log, line: string): void {
  const attempt = /^message #(\d+) \(([\w-]+)\): (\w+)/.exec(line);
  if (attempt !== null) {
    const [, id, kind, outcome] = attempt;
    const fields = { messageId: Number(id), kind, outcome };
    if (outcome === 'failed') log.error('delivery', fields, line);
    else if (outcome === 'retry' || outcome === 'held') log.warn('delivery', fields, line);
    else log.info('delivery', fields, line);
    return;
  }
  const held = /^message #(\d+) was being sent/.exec(line);
  if (held !== null) {
    log.warn('delivery', { messageId: Number(held[1]), outcome: 'held' }, line);
    return;
  }
  if (line.startsWith('daily digest')) {
    const queued = /message #(\d+)/.exec(line);
    log.info('digest', queued === null ? {} : { messageId: Number(queued[1]) }, line);
    return;
  }
  log.error('delivery', {}, line);
}

/**
 * The path of a request as the access log writes it: never the query string (a search carries
 * `q=` with a name, the sign-in link its token), and the calendar feed's secret masked.
 */
export function loggedPath(url: string): string {
  const path = new URL(url).pathname;
  return scrub(path.replace(/^\/calendar\/[^/]+$/, '/calendar/[token]'));
}
