import Database from 'better-sqlite3';
import { mkdtempSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NOW } from './seed.mjs';
import { startServer, get, sequentialAgent, cpuSeconds } from './server.mjs';
import { summary } from './stats.mjs';
const late = '/tmp/lead-late';
if (!existsSync(join(late, 'afterview.db'))) {
  const { mkdirSync } = await import('node:fs'); mkdirSync(late, { recursive: true });
  const src = new Database('/tmp/lead-home/afterview.db', { readonly: true });
  src.exec(`VACUUM INTO '${join(late, 'afterview.db')}'`); src.close();
  const db = new Database(join(late, 'afterview.db'));
  const e = (c) => `${c} = strftime('%Y-%m-%dT%H:%M:%fZ', ${c}, '-61 days')`;
  db.prepare(`UPDATE actions SET ${e('due_at')}, ${e('latest_at')} WHERE status = 'pending'`).run(); db.close();
}
for (const [home, paths] of [['/tmp/lead-home', [['/api/applications?limit=25', 200], ['/api/applications?limit=500', 40], ['/api/today', 60]]], [late, [['/api/today', 12]]]]) {
  const server = await startServer({ home, now: NOW, cache: false });
  try {
    for (const [p, n] of paths) {
      const agent = sequentialAgent();
      for (let i = 0; i < 5; i++) await get(server, p, agent);
      const c0 = cpuSeconds(server.pid); const t = [];
      for (let i = 0; i < n; i++) t.push((await get(server, p, agent)).ms);
      const cpu = (cpuSeconds(server.pid) - c0) / n * 1000;
      const s = summary(t);
      console.log(`${home === late ? 'LATE ' : ''}${p}: median ${s.median.toFixed(2)} ms p99 ${s.p99.toFixed(2)} cpu/req ${cpu.toFixed(2)} ms`);
    }
  } finally { await server.stop(); }
}
