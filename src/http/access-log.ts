import type { MiddlewareHandler } from 'hono';
import { loggedPath, type Log } from '../services/server-log.js';

/** One `debug` line per request: method, path (no query string), status and time taken. */
export function accessLog(log: Log): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    log.debug('http', {
      method: c.req.method,
      path: loggedPath(c.req.url),
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 100) / 100,
    });
  };
}
