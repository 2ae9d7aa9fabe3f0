import type { MiddlewareHandler } from 'hono';

/**
 * DNS-rebinding and cross-site defence for the local server (PRODUCT.md §11): a request must name
 * this server in `Host`, and a state-changing request must not come from a foreign `Origin`.
 */
export function localGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!hosts.has(host)) {
      return c.json(
        { error: { code: 'forbidden_host', message: `unknown host "${host}"`, field: 'host' } },
        403,
      );
    }
    const method = c.req.method.toUpperCase();
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined && !origins.has(origin.toLowerCase())) {
        return c.json(
          {
            error: {
              code: 'forbidden_origin',
              message: `requests from ${origin} are not allowed`,
              field: 'origin',
            },
          },
          403,
        );
      }
    }
    await next();
  };
}

/** The names this server answers to on a port. */
export function hostsFor(host: string, port: number): string[] {
  const names = new Set([host, '127.0.0.1', 'localhost']);
  if (host === '::1' || host === '[::1]') names.add('[::1]');
  return [...names].map((h) => `${h.includes(':') && !h.startsWith('[') ? `[${h}]` : h}:${port}`);
}
