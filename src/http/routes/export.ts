import { Hono } from 'hono';
import type { Ctx } from '../../services/context.js';
import { exportJson } from '../../services/export/export.js';
import { queryOf } from '../registry.js';

/**
 * The web app's "download everything" (docs/data.md): the same JSON file as `export`, as an
 * attachment. A GET that only reads; the file leaves out the SMTP password and the feed token.
 */
export function exportRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  app.get('/api/export', async (c) => {
    queryOf(c);
    const text = await exportJson(ctx);
    const day = ctx.now().slice(0, 10);
    return c.body(text, 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="afterview-export-${day}.json"`,
      'cache-control': 'no-store',
    });
  });
  return app;
}
