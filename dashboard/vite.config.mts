import path from 'node:path';
import { defineConfig } from 'vite';

// The dashboard is served by the service at /dashboard (src/api/dashboard.ts) from dist/dashboard.
// `npm run dev:dashboard` serves it with live reload and sends /graphql to a service on port 4000.
export default defineConfig({
  root: import.meta.dirname,
  base: '/dashboard/',
  publicDir: 'public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: path.join(import.meta.dirname, '..', 'dist', 'dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    // Small icons stay files: the service's Content-Security-Policy allows data: images, but files cache.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}` },
  },
});
