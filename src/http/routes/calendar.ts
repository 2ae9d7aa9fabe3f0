import { Hono } from 'hono';
import {
  currentFeedUrl,
  feedFor,
  publicAppUrl,
  renewFeedToken,
  revokeFeedToken,
} from '../../services/calendar/calendar.js';
import type { Ctx } from '../../services/context.js';
import { matchesEtag } from '../encode.js';
import { queryOf } from '../registry.js';

/**
 * The calendar feed and its token (PRODUCT.md §10). The feed lives outside /api: calendar apps
 * fetch `/calendar/TOKEN.ics` with a plain GET (no Origin, no cookies), so the token in the path
 * is its only key; the Host guard still applies. The URLs name the host the request came to, the
 * address the user (and so their calendar app on this machine) reaches the server by.
 */
export function calendarRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  // The address the request came by, unless the user set the one calendar apps should use.
  const appUrl = (host: string | undefined): Promise<string> =>
    publicAppUrl(ctx, `http://${host ?? '127.0.0.1:4747'}`);

  app.get('/calendar/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.ics')) return c.notFound();
    const { text, etag } = await feedFor(
      ctx,
      file.slice(0, -'.ics'.length),
      await appUrl(c.req.header('host')),
    );
    // Clients poll the feed; an unchanged calendar costs them a 304 and no parsing.
    const headers = {
      etag,
      'cache-control': 'private, no-cache',
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="afterview.ics"',
    };
    if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    return c.body(text, 200, headers);
  });

  // A GET only reads (the Origin check guards writes only): creating the token is the POST.
  app.get('/api/calendar', async (c) => {
    queryOf(c);
    return c.json({ url: await currentFeedUrl(ctx, await appUrl(c.req.header('host'))) });
  });
  app.post('/api/calendar/token', async (c) =>
    c.json({ url: await renewFeedToken(ctx, await appUrl(c.req.header('host'))) }),
  );
  app.delete('/api/calendar/token', async (c) => {
    const revoked = await revokeFeedToken(ctx);
    return c.json({ url: null, revoked });
  });
  return app;
}
