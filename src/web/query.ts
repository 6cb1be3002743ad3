import type { MiddlewareHandler } from 'hono';
import { AppError } from '../shared/errors.ts';
import type { AppEnv } from './env.ts';

/**
 * A submitted GET form sends empty fields for what was left blank: those mean "not given". Letters are composed (NFC)
 * as everywhere else: "å" pasted from a Mac as "a" + ring must find what was written "å".
 */
export const filledQuery = (query: Record<string, string>) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.normalize('NFC')]));

// (C0 controls and DEL: a line break in a Location header would fail the response; none belongs in a path.)
const CONTROL = /[\u0000-\u001F\u007F]/;

/** A local path to send the user on to, else the fallback: never another site, never a control character. */
export const localPath = (next: string | undefined, fallback: string): string =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !CONTROL.test(next) ? next : fallback;

/**
 * An address or a form holding a NUL ("%00") is refused before any route reads it: PostgreSQL can neither store nor
 * compare text with one, and no name, number, search or text typed in a form needs it. (Files keep theirs.)
 *
 * What a form sends is also composed (NFC) before any route reads it: text pasted from a Mac or out of a PDF may
 * write "å" as "a" + a combining ring, which looks the same but would never equal, match or find the "å" that
 * Lighed stores. The same holds for an uploaded file's name.
 */
export const refuseNul: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (/%00/.test(c.req.url)) throw new AppError('validation', 'error.nul_in_address');
  const type = c.req.header('content-type') ?? '';
  if (c.req.method !== 'GET' && (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))) {
    // (Parsed once: the CSRF check has read the same body, and the route reads it from the cache.)
    const body = await c.req.parseBody({ all: true });
    if (Object.entries(body).some(([k, v]) => k.includes('\u0000') || [v].flat().some((x) => typeof x === 'string' && x.includes('\u0000')))) {
      throw new AppError('validation', 'error.nul_in_form');
    }
    // Hono keeps the parsed form as a promise in bodyCache.formData (typed as the method), and every later
    // parseBody reads it from there. Tests type "å" decomposed into forms, so a change in Hono shows.
    const cache = c.req.bodyCache as { formData?: Promise<FormData> };
    const form = await cache.formData;
    if (form instanceof FormData) cache.formData = Promise.resolve(composedForm(form));
  }
  await next();
};

function composedForm(form: FormData): FormData {
  const out = new FormData();
  for (const [key, value] of form) {
    if (typeof value === 'string') out.append(key.normalize('NFC'), value.normalize('NFC'));
    else if (value.name.normalize('NFC') === value.name) out.append(key.normalize('NFC'), value);
    else out.append(key.normalize('NFC'), new File([value], value.name.normalize('NFC'), { type: value.type, lastModified: value.lastModified }));
  }
  return out;
}

/**
 * "/organer/" is "/organer": an address typed or linked with a trailing slash finds its page (permanently, with its
 * query). Leading slashes collapse too, so "//host/" can never become a redirect to another site.
 */
export const trimTrailingSlash: MiddlewareHandler<AppEnv> = async (c, next) => {
  if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.path.length > 1 && c.req.path.endsWith('/')) {
    const url = new URL(c.req.url);
    return c.redirect(`/${url.pathname.replace(/^\/+|\/+$/g, '')}${url.search}`, 301);
  }
  await next();
};
