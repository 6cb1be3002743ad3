// The one place dependencies are wired: config and database in, HTTP application out.
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { projectPath } from './shared/paths.ts';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv, Deps } from './web/env.ts';
import { localeMiddleware, switchLanguage } from './web/locale.ts';
import { layout } from './web/layout.tsx';
import { refuseNul, trimTrailingSlash } from './web/query.ts';
import { authMiddleware } from './web/auth.ts';
import { pageCache } from './web/page-cache.ts';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from './shared/errors.ts';
import { megabytes } from './agenda/attachments.ts';
import { handleError, handleNotFound } from './web/errors.tsx';
import { systemRoutes } from './system/routes.ts';
import { bodyRoutes } from './bodies/routes.tsx';
import { meetingRoutes } from './meetings/routes.tsx';
import { documentRoutes } from './documents/routes.tsx';
import { importRoutes } from './documents/import-routes.tsx';
import { searchRoutes } from './search/routes.tsx';
import { portalRoutes } from './portal/routes.tsx';
import { caseRoutes } from './cases/routes.tsx';
import { accountRoutes } from './accounts/routes.tsx';
import { passwordRoutes } from './accounts/password-routes.tsx';
import { agendaRoutes } from './agenda/routes.tsx';
import { planRoutes } from './meetings/plan-routes.tsx';
import { minutesRoutes } from './minutes/routes.tsx';
import { memberRoutes } from './people/member-routes.tsx';
import { auditRoutes } from './audit/routes.tsx';
import { adminAccountRoutes } from './accounts/admin-routes.tsx';

const require = createRequire(import.meta.url);
// dkfds exports only its JS entry (dist/js/dkfds.min.js); the dist folder is two levels up.
const dkfdsDist = dirname(dirname(require.resolve('dkfds')));
const publicDir = projectPath('public');
// serveStatic takes a root relative to the working directory.
const rel = (p: string) => relative(process.cwd(), p) || '.';

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  // First: a cached public page needs none of what follows (its stored headers include theirs).
  app.use('*', pageCache(deps));
  app.use('*', trimTrailingSlash);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'");
  });
  app.use('/static/dkfds/*', serveStatic({ root: rel(dkfdsDist), rewriteRequestPath: (p) => p.replace(/^\/static\/dkfds/, ''), onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=86400') }));
  app.use('/static/*', serveStatic({ root: rel(publicDir), rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  app.use('*', localeMiddleware);
  // Bodies larger than an attachment may be are cut off before anything reads them (the CSRF check
  // reads form bodies); the upload route gives the precise message for files between the two limits.
  // An import upload may carry several documents, up to its own larger limit.
  const limit = (maxBytes: number, messageKey: string) => bodyLimit({
    maxSize: maxBytes + 1024 * 1024,
    onError: (c) => {
      // The rest of the body is never read, so the connection cannot carry another request.
      c.header('Connection', 'close');
      throw new AppError('payload_too_large', messageKey, { max: megabytes(maxBytes) });
    },
  });
  const uploadLimit = limit(deps.config.maxUploadBytes, 'rule.attachment.too_large');
  const importLimit = limit(deps.config.maxImportBytes, 'import.upload_too_large');
  app.use('*', (c, next) => (c.req.path === '/sekretariat/import' ? importLimit : uploadLimit)(c, next));
  app.use('*', authMiddleware);
  app.use('*', layout);
  app.use('*', refuseNul);
  app.get('/sprog', switchLanguage);
  app.route('/', systemRoutes);
  app.route('/', bodyRoutes);
  app.route('/', portalRoutes);
  app.route('/', caseRoutes);
  app.route('/', searchRoutes);
  app.route('/', documentRoutes);
  app.route('/', meetingRoutes);
  app.route('/', accountRoutes);
  app.route('/', passwordRoutes);
  app.route('/', memberRoutes);
  app.route('/', agendaRoutes);
  app.route('/', planRoutes);
  app.route('/', importRoutes);
  app.route('/', minutesRoutes);
  app.route('/', auditRoutes);
  app.route('/', adminAccountRoutes);
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
