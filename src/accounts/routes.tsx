// Signing in (local password or single sign-on) and out.
import { Hono, type Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { eq } from 'drizzle-orm';
import { localPath } from '../web/query.ts';
import type { AppEnv } from '../web/env.ts';
import { clearSessionCookie, ensureCsrf, secureCookies, SESSION_COOKIE, setSessionCookie } from '../web/auth.ts';
import { formValues } from '../web/forms.tsx';
import { createSession, endSession } from './sessions.ts';
import { recordSignIn, signInWait } from './rate-limit.ts';
import { verifyPassword } from './passwords.ts';
import { users } from './schema.ts';
import { SignInPage } from './views.tsx';
import { AppError } from '../shared/errors.ts';
import { writeAudit } from '../audit/audit.ts';
import { oidcClient } from './oidc.ts';

const OIDC_COOKIE = 'lighed_oidc';

/** Only local paths: a sign-in never sends anyone to another site. */
export const safeNext = (next: string | undefined) => localPath(next, '/mit');

/** The client's address, for rate limits. */
export const address = (c: Context<AppEnv>) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

async function signedIn(c: Context<AppEnv>, user: { id: string; name: string; locale: string }, how: string, next: string) {
  const db = c.get('deps').database.db;
  const { token } = await createSession(db, user.id);
  await db.transaction((tx) => writeAudit(tx, { kind: 'user', id: user.id, name: user.name }, { command: 'signIn', entity: 'user', entityId: user.id, after: { how } }));
  setSessionCookie(c, token);
  setCookie(c, 'lang', user.locale, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  return c.redirect(safeNext(next), 303);
}

const oidcFor = (c: Context<AppEnv>) => {
  const { oidc, publicUrl } = c.get('deps').config;
  return oidc ? oidcClient(oidc, `${publicUrl}/log-ind/sso/retur`) : null;
};

export const accountRoutes = new Hono<AppEnv>()
  .get('/log-ind', (c) => {
    ensureCsrf(c);
    const t = c.get('t');
    return c.render(<SignInPage next={c.req.query('next') ?? ''} values={{}} sso={c.get('deps').config.oidc?.name ?? null} />, { title: t('signin.title') });
  })
  .post('/log-ind', async (c) => {
    const t = c.get('t');
    const db = c.get('deps').database.db;
    const values = await formValues(c.req);
    const email = (values.email ?? '').trim().toLowerCase();
    const from = address(c);
    const render = (status: 400 | 401 | 429, message: string) => {
      c.status(status);
      return c.render(<SignInPage next={values.next ?? ''} values={{ email }} message={message} sso={c.get('deps').config.oidc?.name ?? null} />, { title: t('signin.title') });
    };
    if (!email || !values.password) return render(400, t('signin.missing'));
    const wait = await signInWait(db, email, from);
    if (wait > 0) return render(429, t('signin.too_many', { minutes: wait }));
    const user = await db.query.users.findFirst({ where: eq(users.email, email) });
    const ok = (await verifyPassword(user?.passwordHash ?? null, values.password)) && user && !user.disabled;
    await recordSignIn(db, email, from, Boolean(ok));
    // The same message whether the e-mail exists or not.
    if (!ok || !user) return render(401, t('signin.wrong'));
    return signedIn(c, user, 'password', values.next ?? '');
  })
  .post('/log-ud', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession(c.get('deps').database.db, token);
    clearSessionCookie(c);
    return c.redirect('/', 303);
  })
  .get('/log-ind/sso', async (c) => {
    const oidc = oidcFor(c);
    if (!oidc) throw new AppError('not_found', 'error.not_found', { what: 'sso', id: '' });
    const { url, pending } = await oidc.start(safeNext(c.req.query('next')));
    setCookie(c, OIDC_COOKIE, JSON.stringify(pending), { path: '/log-ind/sso', httpOnly: true, sameSite: 'Lax', secure: secureCookies(c.get('deps').config.publicUrl), maxAge: 600 });
    return c.redirect(url.toString(), 303);
  })
  .get('/log-ind/sso/retur', async (c) => {
    const oidc = oidcFor(c);
    const t = c.get('t');
    // A failed sign-on shows the sign-in page again with what went wrong (never a redirect loop).
    const failed = (key: string) => {
      ensureCsrf(c);
      c.status(401);
      return c.render(<SignInPage next="" values={{}} message={t(key)} sso={c.get('deps').config.oidc?.name ?? null} />, { title: t('signin.title') });
    };
    const raw = getCookie(c, OIDC_COOKIE);
    if (!oidc || !raw) return failed('signin.sso_expired');
    deleteCookie(c, OIDC_COOKIE, { path: '/log-ind/sso' });
    let pending: Parameters<typeof oidc.finish>[1];
    try {
      pending = JSON.parse(raw) as typeof pending;
    } catch {
      return failed('signin.sso_expired');
    }
    // The provider redirects to the public address; rebuild the URL it used.
    const current = new URL(`${c.get('deps').config.publicUrl}/log-ind/sso/retur${new URL(c.req.url).search}`);
    let identity;
    try {
      identity = await oidc.finish(current, pending);
    } catch (err) {
      if (c.get('deps').config.log !== 'silent') console.error('Single sign-on failed:', err instanceof Error ? err.message : err);
      return failed('signin.sso_failed');
    }
    const db = c.get('deps').database.db;
    let user = await db.query.users.findFirst({ where: eq(users.oidcSubject, identity.subject) });
    if (!user && identity.email) {
      // First single sign-on of an existing account: link it by its e-mail address.
      const byEmail = await db.query.users.findFirst({ where: eq(users.email, identity.email) });
      if (byEmail && !byEmail.oidcSubject) {
        [user] = await db.update(users).set({ oidcSubject: identity.subject, modifiedAt: new Date() }).where(eq(users.id, byEmail.id)).returning();
      }
    }
    // Accounts and their roles are given by an administrator; single sign-on does not create them.
    if (!user || user.disabled) throw new AppError('forbidden', 'signin.sso_no_account', { email: identity.email ?? '' });
    // (Counted like a password sign-in, so the account page's "Sidst logget ind" knows it.)
    await recordSignIn(db, user.email, address(c), true);
    return signedIn(c, user, 'oidc', pending.next);
  });
