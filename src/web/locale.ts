// Danish by default; English when the user chose it (cookie) or asked for it (?lang=en).
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLocale, t, type Locale } from '../shared/i18n.ts';
import type { AppEnv } from './env.ts';
import { localPath } from './query.ts';

/** The language asked for in the query, else the one chosen before (cookie), else Danish. */
export function chooseLocale(query: string | undefined, cookie: string | undefined): Locale {
  return isLocale(query) ? query : isLocale(cookie) ? cookie : 'da';
}

export const localeMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const locale = chooseLocale(c.req.query('lang'), getCookie(c, 'lang'));
  c.set('locale', locale);
  c.set('t', (key, params) => t(locale, key, params));
  await next();
};

/** GET /sprog?lang=en&next=/path — a plain link, so switching works without JavaScript. */
export function switchLanguage(c: Parameters<MiddlewareHandler<AppEnv>>[0]) {
  const lang = c.req.query('lang');
  const next = c.req.query('next');
  // Only local paths: never redirect to another site.
  const target = localPath(next, '/');
  if (isLocale(lang)) {
    setCookie(c, 'lang', lang, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  }
  return c.redirect(target, 303);
}
