// Public pages of published records, as a real portal serves them: with an ETag and
// Last-Modified so browsers and proxies revalidate cheaply (304), and rendered once per data
// version. The version has two parts: the transactions this process has finished (a write made
// through Lighed shows at once), and the database's next transaction id, read at most every
// 100 ms (a write by another process or by hand in SQL shows within that).
//
// This runs first, before the rest of the middleware: a signed-out visitor's request for a page
// already rendered for this data version is answered from memory with the headers the full
// chain produced the first time — no request parsing beyond the path, cookie and language.
import { createHash, randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, Deps } from './env.ts';
import { chooseLocale } from './locale.ts';
import { SESSION_COOKIE } from './auth.ts';
import { todayInCopenhagen } from '../shared/time.ts';

/** Pages that depend only on published data (not on the clock or on who asks, when signed out). */
const CACHEABLE = [
  /^\/moeder\/[0-9a-f-]{36}(\/(dagsorden|referat)(\.pdf|\.txt)?)?$/,
  /^\/punkter\/[0-9a-f-]{36}$/,
  /^\/sager\/[0-9a-f-]{36}$/,
  /^\/organer(\/[a-z0-9-]+)?$/,
  /^\/personer\/[a-z0-9-]+$/,
];
const MAX_BYTES = 16 * 1024 * 1024;

interface Entry { key: string; version: string; body: Uint8Array<ArrayBuffer>; headers: Record<string, string>; etag: string }

export const OUTSIDE_WRITES_MS = 100;

/**
 * The database's version as read by a query that started at most `freshMs` ago; requests arriving
 * meanwhile share that read. Under load that is ten reads a second instead of one per request,
 * which on two cores left the page rate to the database. A commit by this process (`stamp`
 * changes) makes the next request read again: otherwise the version would change twice for one
 * write — at once by the commit count, and again at the next read — and a page rendered between
 * the two would be rendered, and its ETag changed, for nothing.
 */
export function versionProbe(read: () => Promise<string>, freshMs = OUTSIDE_WRITES_MS, now = () => performance.now(), stamp: () => number = () => 0): () => Promise<string> {
  let last: { started: number; stamp: number; value: Promise<string> } | undefined;
  return () => {
    const t = now();
    const s = stamp();
    if (!last || t - last.started > freshMs || last.stamp !== s) {
      const value = read();
      const mine = { started: t, stamp: s, value };
      last = mine;
      // A failed read is not remembered: the next request tries again.
      value.catch(() => {
        if (last === mine) last = undefined;
      });
    }
    return last.value;
  };
}

export function pageCache(deps: Deps): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, Entry>();
  // In every ETag: another process (a restart, a new release) may render the same data differently.
  const boot = randomUUID();
  const firstSeen = new Map<string, string>();
  let bytes = 0;
  const remember = (e: Entry) => {
    // Least recently used first out: a Map keeps insertion order, and a hit re-inserts.
    const old = entries.get(e.key);
    if (old) {
      entries.delete(e.key);
      bytes -= old.body.length;
    }
    entries.set(e.key, e);
    bytes += e.body.length;
    for (const [k, oldest] of entries) {
      if (bytes <= MAX_BYTES) break;
      entries.delete(k);
      bytes -= oldest.body.length;
    }
  };
  const version = versionProbe(async () => {
    // The pool directly: no query builder for one fixed statement.
    const rows = (await deps.database.pool.query<{ v: string }>('select pg_snapshot_xmax(pg_current_snapshot())::text as v')).rows;
    return rows[0]!.v;
  }, OUTSIDE_WRITES_MS, undefined, () => deps.database.commits());
  // Today's date is part of the key (who is a current member, which meetings are past); read
  // the clock at most once a second.
  let today = { at: 0, date: '' };
  const todayNow = () => {
    const now = Date.now();
    if (now - today.at > 1000) today = { at: now, date: todayInCopenhagen(new Date(now)) };
    return today.date;
  };
  const validators = (etag: string, lastModified: string): Record<string, string> => ({
    etag,
    'last-modified': lastModified,
    vary: 'Cookie',
    // Revalidate every time: a 304 costs one shared version read and no rendering.
    'cache-control': 'public, no-cache',
  });

  return async (c, next) => {
    if (c.req.method !== 'GET' || !CACHEABLE.some((r) => r.test(c.req.path))) return next();
    const cookies = c.req.header('cookie') ? getCookie(c) : {};
    // A session cookie (even a stale one) goes the whole way: the full chain decides who asks.
    if (cookies[SESSION_COOKIE] !== undefined) return next();
    const v = `${deps.database.commits()}.${await version()}`;
    // When this process first saw the version: no earlier than the change itself.
    let lastModified = firstSeen.get(v);
    if (!lastModified) {
      lastModified = new Date().toUTCString();
      firstSeen.set(v, lastModified);
      if (firstSeen.size > 1000) firstSeen.delete(firstSeen.keys().next().value!);
    }
    const url = c.req.url;
    const locale = chooseLocale(url.includes('?') ? c.req.query('lang') : undefined, cookies.lang);
    const key = `${locale}|${todayNow()}|${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
    const hit = entries.get(key);
    const etag = hit?.version === v ? hit.etag : `W/"${createHash('sha256').update(`${boot}|${v}|${key}`).digest('base64url').slice(0, 22)}"`;
    const inm = c.req.header('If-None-Match');
    if (inm && inm.split(',').some((t) => t.trim() === etag)) {
      return new Response(null, { status: 304, headers: validators(etag, lastModified) });
    }
    if (hit?.version === v) {
      remember(hit);
      // A plain header object and a byte body: the Node adapter writes it without building a fetch Response.
      return new Response(hit.body, { status: 200, headers: hit.headers });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    // The route's own validators give way to these (set on the response itself: assigning a new
    // c.res would merge the old headers back over them).
    for (const [k, val] of Object.entries(validators(etag, lastModified))) c.res.headers.set(k, val);
    c.res.headers.set('X-Cache', 'miss');
    const headers: Record<string, string> = {};
    for (const [k, val] of c.res.headers.entries()) if (k !== 'set-cookie' && k !== 'x-cache') headers[k] = val;
    headers['x-cache'] = 'hit';
    if (body.length < MAX_BYTES / 8) remember({ key, version: v, body, headers, etag });
  };
}
