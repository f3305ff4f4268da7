import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectPath } from '../runtime';

/** Where `npm run build:dashboard` (dashboard/build.mjs) writes the built dashboard. */
export const DASHBOARD_DIR = projectPath('dist', 'dashboard');

/**
 * The dashboard only talks to this service's /graphql and loads nothing from anywhere else; the policy makes
 * that a guarantee (no CDN script, font or style can load) and keeps the page out of other sites' frames.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The one inline style allowed: the rule cytoscape (the graph view) adds to the page,
  // `.__________cytoscape_container { position: relative; }`, named by its hash.
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(res: express.Response): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

/**
 * Serves the built dashboard (a single-page app) at /dashboard: its files as they are, and index.html for
 * every other path under /dashboard, where the app's own router takes over. Files under /dashboard/assets/
 * carry a content hash in their names and are cached for good; index.html is revalidated on every load, so a
 * rebuilt dashboard is picked up at once. When the dashboard has not been built, /dashboard answers 503 with
 * how to build it; the rest of the service is not affected. `dir` is for tests.
 */
export function serveDashboard(app: express.Express, dir: string = DASHBOARD_DIR): void {
  const indexFile = path.join(dir, 'index.html');
  const router = express.Router({ strict: true });

  router.use((_req, res, next) => {
    securityHeaders(res);
    next();
  });
  router.use((req, res, next) => {
    if (fs.existsSync(indexFile)) return next();
    res
      .status(503)
      .type('text/plain')
      .set('Cache-Control', 'no-store')
      .send(
        'The dashboard has not been built. Run `npm run build:dashboard` (or `npm start`), then reload.\n',
      );
  });
  // /dashboard without the slash: the app's relative asset URLs need the trailing slash.
  router.get('/', (req, res, next) => {
    if (req.originalUrl.split('?')[0]?.endsWith('/')) return next();
    const query = req.originalUrl.slice(req.originalUrl.split('?')[0]?.length ?? 0);
    res.redirect(301, `${req.baseUrl}/${query}`);
  });
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      fallthrough: false,
      index: false,
      immutable: true,
      maxAge: '365d',
    }),
  );
  router.use(
    express.static(dir, {
      index: false,
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  // Any other path is a page of the app: its router reads the path.
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.set('Cache-Control', 'no-cache').sendFile(indexFile);
  });
  // A missing asset is a plain 404, not the app's page.
  router.use(((error, _req, res, next) => {
    const status = (error as { status?: number }).status;
    if (status === 404) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    next(error);
  }) as express.ErrorRequestHandler);

  app.use('/dashboard', router);
}
