import { NOW } from './seed.mjs';
import { startServer } from './server.mjs';
import { soak, reportSoak } from './soak.mjs';
const server = await startServer({ home: process.argv[2] ?? '/tmp/lead-home', now: NOW, cache: process.argv[3] !== 'off' });
try { const r = await soak(server, Number(process.argv[4] ?? 60)); console.log(reportSoak(r)); const fs = await import('node:fs'); console.log(fs.readFileSync(`/proc/${server.pid}/smaps_rollup`,'utf8').split('\n').filter(l=>/^(Rss|Anonymous|Pss_File|Pss_Anon|Private_Dirty)/.test(l)).join(' | ')); } finally { await server.stop(); }
