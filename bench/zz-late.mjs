import { NOW } from './seed.mjs';
import { startServer, get, sequentialAgent } from './server.mjs';
const server = await startServer({ home: '/tmp/lead-late', now: NOW, cache: false });
try { const agent = sequentialAgent(); for (let i = 0; i < 15; i++) { const r = await get(server, '/api/today', agent); if (i > 2) process.stdout.write(r.ms.toFixed(0) + ' '); } console.log(); } finally { await server.stop(); }
