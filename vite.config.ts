import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app: `src/web` builds to `dist/web` (index.html + assets/), which `afterview serve`
 * serves under a `default-src 'self'` CSP, so nothing may be inlined into the HTML.
 * `npx vite` runs a dev server that proxies /api to a running `afterview serve` on :4747.
 */
export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Never inline small assets as data: URLs; the CSP allows 'self' only.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:4747',
        changeOrigin: true,
        // The server refuses state-changing requests from a foreign Origin; the dev server is one.
        configure: (proxy) => {
          proxy.on('proxyReq', (req) => {
            req.removeHeader('origin');
          });
        },
      },
    },
  },
});
