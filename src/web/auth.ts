// Who is asking (from the session cookie) and whether a form post is genuine (CSRF token).
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { AppEnv } from './env.ts';
import { loadSession, randomToken, SESSION_IDLE_MS } from '../accounts/sessions.ts';
import { publicPrincipal, can, type Action, type Context as PolicyContext } from '../permissions/policy.ts';
import { AppError } from '../shared/errors.ts';

export const SESSION_COOKIE = 'lighed_session';
const CSRF_COOKIE = 'lighed_csrf';
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Cookies are Secure everywhere but on a localhost address (development and tests). */
export function secureCookies(publicUrl: string): boolean {
  const host = new URL(publicUrl).hostname;
  return !(host === 'localhost' || host === '127.0.0.1' || host === '[::1]');
}

export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secureCookies(c.get('deps').config.publicUrl), maxAge: SESSION_IDLE_MS / 1000 });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookies(c.get('deps').config.publicUrl) });
}

export const authMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await loadSession(c.get('deps').database.db, token) : null;
  if (token && !session) clearSessionCookie(c);
  c.set('principal', session?.principal ?? publicPrincipal);
  // Signed out: a double-submit token in its own cookie protects the sign-in form (set by ensureCsrf,
  // so public pages carry no cookie and stay cacheable).
  const csrf = session?.csrfToken ?? getCookie(c, CSRF_COOKIE) ?? '';
  c.set('csrfToken', csrf);
  if (unsafe.has(c.req.method)) {
    const type = c.req.header('content-type') ?? '';
    let sent = c.req.header('x-csrf-token');
    if (!sent && (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))) {
      // parseBody caches the result, so the route reads the same body again for free.
      const body = await c.req.parseBody({ all: true });
      sent = typeof body._csrf === 'string' ? body._csrf : undefined;
    }
    if (!csrf || !sent || sent !== csrf) throw new AppError('forbidden', 'error.csrf');
  }
  await next();
  // Pages for signed-in users are personal: never kept by shared caches.
  if (session) c.header('Cache-Control', 'private, no-store');
};

/** Makes sure a signed-out visitor has a CSRF token before a form is shown to them. */
export function ensureCsrf(c: Context<AppEnv>): string {
  let csrf = c.get('csrfToken');
  if (!csrf || csrf.length < 20) {
    csrf = randomToken();
    setCookie(c, CSRF_COOKIE, csrf, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secureCookies(c.get('deps').config.publicUrl) });
    c.set('csrfToken', csrf);
  }
  return csrf;
}

/** Refuses unless the principal may do the action: 401 when signed out, 403 otherwise. */
export function requirePermission(c: Context<AppEnv>, action: Action, context: PolicyContext = {}): void {
  const principal = c.get('principal');
  if (principal.kind !== 'user') throw new AppError('unauthenticated');
  if (!can(principal, action, context)) throw new AppError('forbidden');
}

export function requireUser(c: Context<AppEnv>) {
  const principal = c.get('principal');
  if (principal.kind !== 'user') throw new AppError('unauthenticated');
  return principal;
}
